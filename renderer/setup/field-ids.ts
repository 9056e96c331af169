// Element ids of the setup form's fields: the validation messages, the error summary's links and
// the inputs all meet on these.
export const fieldIds = {
  path: 'setup-path',
  serverUrl: 'setup-server-url',
  enrolCode: 'setup-enrol-code',
  deviceName: 'setup-device-name',
  /** The enrolled centre's panel: where problems of the server's data are reported. */
  enrolled: 'setup-enrolled',
  centre: 'setup-centre',
  name: 'setup-name',
  shortName: 'setup-short-name',
  city: 'setup-city',
  timeZone: 'setup-time-zone',
  serviceModel: 'setup-service-model',
  addCounter: 'setup-add-counter',
  counter(id: string) {
    return {
      number: `setup-counter-${id}-number`,
      name: `setup-counter-${id}-name`,
      services: `setup-counter-${id}-services`,
    };
  },
  roles: 'setup-roles',
  printerName: 'setup-printer-name',
  bonusMinutes: 'setup-bonus-minutes',
  ratio: 'setup-ratio',
  noShow: 'setup-no-show',
  targetWait: 'setup-target-wait',
  idleSeconds: 'setup-idle-seconds',
  issuerSlot: 'setup-issuer-slot',
  issuerOf: 'setup-issuer-of',
  pin: 'setup-pin',
  pinConfirm: 'setup-pin-confirm',
  inFormOrder(counterIds: readonly string[]): string[] {
    return [
      fieldIds.enrolled,
      fieldIds.centre,
      fieldIds.name,
      fieldIds.shortName,
      fieldIds.city,
      fieldIds.timeZone,
      fieldIds.serviceModel,
      ...counterIds.flatMap((id) => Object.values(fieldIds.counter(id))),
      fieldIds.addCounter,
      fieldIds.roles,
      fieldIds.printerName,
      fieldIds.bonusMinutes,
      fieldIds.ratio,
      fieldIds.noShow,
      fieldIds.targetWait,
      fieldIds.idleSeconds,
      fieldIds.issuerSlot,
      fieldIds.issuerOf,
      fieldIds.pin,
      fieldIds.pinConfirm,
    ];
  },
};
