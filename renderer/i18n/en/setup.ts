// English text of first-run setup and the settings form (twin of ../id/setup.ts; same keys): for
// a supervisor at a desk PC.
import type { setup as id } from '../id/setup.ts';
import type { Translation } from '../translation.ts';

export const setup: Translation<typeof id> = {
  title: 'First-time setup',
  editTitle: 'Settings',
  intro:
    'Fill in the settings for this PC. Every field can be changed later from the Settings menu with the supervisor PIN.',
  save: 'Save settings',
  saving: 'Saving…',
  cancel: 'Cancel',
  saveFailed: 'Settings not saved: {message}',
  summary: {
    heading: '{count} fields need fixing',
    intro: 'Choose one to go straight to that field. Other fields stay as you typed them.',
  },
  path: {
    legend: 'How to set up this PC',
    enrol: {
      label: 'Enrol with the central server',
      hint: 'Balai details, counters, and queue order come from the Balai’s central server. Have the server address and an enrolment code from the admin ready.',
    },
    manual: {
      label: 'Set up manually (no server)',
      hint: 'This PC works on its own, without a central server. All settings are filled in here.',
    },
  },
  enrol: {
    heading: 'Enrol with the central server',
    intro:
      'Ask the Balai admin for the server address and an enrolment code. Each code works for one PC only.',
    serverUrl: 'Server address',
    serverUrlHint: 'For example http://192.168.1.10:8787',
    code: 'Enrolment code',
    codeHint:
      '12 letters and digits, for example K7QM-4XPA-9TRE. Upper or lower case does not matter.',
    deviceName: 'Name of this PC',
    deviceNameHint: 'Seen by the admin on the server, for example "Counter 2 PC".',
    submit: 'Enrol this PC',
    submitting: 'Contacting the server…',
    failed: 'This PC is not enrolled yet: {message}',
    notKept:
      'The server accepted this code, but the enrolment could not be saved on this PC: {message} Once the problem is fixed, ask the Balai admin for a new code.',
    enrolledAs: 'Enrolled as "{name}"',
    centreLine: '{centre} — {city}',
    serverLine: 'Central server: {url}',
    rolesLine: 'Roles allowed for this PC: {roles}.',
    fromServer:
      'The Balai details below are set by the admin on the central server. Complete the settings for this PC, then save.',
    detailsHeading: 'Balai details from the server',
    shortName: 'Short name',
    timeZone: 'Time zone',
    model: 'Service model',
    ordering: 'Queue order',
    orderingWeighted: '{label} ({minutes} minutes)',
    orderingRatio: '{label} ({count} regular : 1 priority)',
    noShow: 'Mark as no-show after',
    noShowValue: '{count} calls',
    counters: 'Counters',
    counterLine: '{name}: {services}',
    errors: {
      serverUrlMissing: 'Enter the server address, for example http://192.168.1.10:8787.',
      serverUrl:
        'Server address not recognised. Write it like http://192.168.1.10:8787, starting with http:// or https://.',
      codeMissing: 'Enter the enrolment code from the admin.',
      code: 'The enrolment code looks like XXXX-XXXX-XXXX: 12 letters and digits.',
      deviceName: 'Enter a name for this PC, for example "Counter 2 PC".',
      offline:
        'The server cannot be reached. Check the server address and this PC’s network connection, then try again.',
      codeInvalid:
        'The enrolment code is not valid or has already been used. Ask the Balai admin for a new code.',
      updateNeeded:
        'This version of the app does not match the central server. Update SERASI Desk, then try again.',
      notServer:
        'This address does not answer as a SERASI server, or the server has a problem. Check the address and port number.',
      reference:
        'The Balai details from the server are incomplete for this PC. Ask the admin to check the Balai details (for example a counter with no services), then enrol again.',
    },
  },
  gate: {
    heading: 'Enter the supervisor PIN',
    intro: 'Only a supervisor may change the settings.',
    pin: 'Supervisor PIN',
    submit: 'Open settings',
    checking: 'Checking…',
    back: 'Back',
  },
  centre: {
    heading: 'Balai',
    choose: 'Balai where this PC is installed',
    placeholder: '— Choose a Balai —',
    custom: 'Other Balai (enter details)',
    customGroup: 'Other',
    pilotGroup: 'SERASI pilot Balai',
    name: 'Full name of the Balai',
    shortName: 'Short name',
    shortNameHint: 'Shown on the queue board and tickets, for example "BRSLU Gau Mabaji".',
    city: 'City / regency',
    timeZone: 'Time zone',
    timeZoneHint: 'Queue numbers and daily reports follow the day in the Balai’s time zone.',
  },
  model: {
    heading: 'Service model',
    legend: 'The Balai’s service model',
    single_referral_point: {
      label: 'Single Referral Point',
      hint: 'Gives information, records needs, then refers to other agencies. The console offers information and referral.',
    },
    single_entry_point: {
      label: 'Single Entry Point',
      hint: 'Information, assessment, and emergency services handled on site; the rest is referred. The console adds assessment.',
    },
    one_stop_shop: {
      label: 'One Stop Shop',
      hint: 'All services in one place. The console offers every service, including rehabilitation, assistive devices, and documents.',
    },
  },
  counters: {
    heading: 'Counters',
    intro:
      'Each counter calls the queue of the services ticked for it. Emergency services always reach every counter.',
    item: 'Counter {number}',
    number: 'Counter number',
    name: 'Counter name',
    nameHint: 'Read aloud and shown on the board if it is not "Counter {number}".',
    services: 'Services handled',
    add: 'Add counter',
    remove: 'Remove counter {number}',
    empty: 'No counters yet. Add at least one.',
  },
  roles: {
    heading: 'Roles of this PC',
    legend: 'What this PC shows',
    intro: 'One PC can run several roles, each on its own screen.',
    kiosk: 'Registration kiosk (touch screen)',
    console: 'Counter staff console',
    display: 'Queue board (waiting room TV)',
    screen: 'Screen for {role}',
    primaryScreen: 'Main screen',
    screenOption: '{label} ({width}×{height}){primary}',
    primaryMark: ', main',
  },
  printer: {
    heading: 'Ticket printer',
    enabled: 'Print queue tickets on this PC',
    name: 'Printer',
    defaultPrinter: 'System default printer',
    defaultMark: ' (default)',
    paper: 'Paper width',
    paper58: '58 mm',
    paper80: '80 mm',
  },
  queue: {
    heading: 'Queue order',
    legend: 'How to call the priority queue',
    intro:
      'Emergency services are always called first. Priority under Law 25/2009, article 29: persons with disabilities, older persons, pregnant women, children, disaster victims.',
    fifo: { label: 'By arrival', hint: 'Everyone is called in order of arrival.' },
    weighted: {
      label: 'Priority with extra time',
      hint: 'Priority tickets count as having waited this many minutes longer.',
    },
    bonusMinutes: 'Extra time (minutes)',
    strict: {
      label: 'Priority always first',
      hint: 'While any priority ticket is waiting, regular tickets wait.',
    },
    ratio: {
      label: 'Take turns',
      hint: 'After a set number of regular tickets, one priority ticket is called.',
    },
    ratioCount: 'Regular tickets before one priority',
    noShow: 'Mark as no-show after being called (times)',
    noShowHint: 'Staff can mark a no-show only after the number has been called this many times.',
    targetWait: 'Target waiting time (minutes)',
    targetWaitHint:
      'Reports show what percentage of visitors were served within this time (5 to 480 minutes).',
    opensAt: 'Service opens at',
    closesAt: 'Service closes at',
    serviceHoursHint:
      'Write HH:MM, for example 07:30. App updates are installed only outside service hours.',
  },
  kiosk: {
    heading: 'Registration kiosk',
    idle: 'Go back to the start when not touched for (seconds)',
    idleHint: 'The previous visitor’s data is cleared from the screen after this time.',
    issuerLegend: 'This kiosk’s number',
    issuerBefore: 'Kiosk',
    issuerMiddle: 'of',
    issuerSlot: 'Which kiosk this is',
    issuerOf: 'Number of kiosks at the Balai',
    issuerHint:
      'If the Balai uses more than one kiosk, each kiosk gives different numbers, so queue numbers never repeat even when the kiosks are not connected.',
  },
  pin: {
    heading: 'Supervisor PIN',
    intro: 'The PIN is used to leave kiosk mode and to open the settings. 4 to 8 digits.',
    keepHint: 'Leave empty to keep the current PIN.',
    pin: 'New PIN',
    confirm: 'Repeat the new PIN',
  },
  errors: {
    clock: 'Write the time as HH:MM, for example 07:30.',
    closesBeforeOpens: 'Closing time must be after opening time ({opens}).',
    centre: 'Choose the Balai where this PC is installed.',
    name: 'Enter the Balai’s full name (at least 3 letters).',
    shortName: 'Enter the Balai’s short name (at least 2 letters).',
    city: 'Enter the Balai’s city or regency.',
    timeZone: 'Choose the Balai’s time zone.',
    noCounters: 'Add at least one counter.',
    duplicateCounter: 'Counter number {number} is used more than once.',
    counterName: 'Enter the counter name.',
    counterServices: 'Tick at least one service for this counter.',
    roles: 'Choose at least one role for this PC.',
    numberMissing: 'Enter a number.',
    notWholeNumber: 'Enter a whole number, without letters or symbols.',
    outOfRange: 'Enter a number from {min} to {max}.',
    tooLong: 'At most {max} characters.',
    issuerSlot: 'The kiosk number cannot be more than the number of kiosks ({of}).',
    pinMissing: 'Create a supervisor PIN.',
    pinMismatch: 'The repeated PIN does not match. Type the same PIN again.',
    invalid: 'This entry cannot be accepted. Please check it.',
  },
};
