// English text of the sync with the centre's server (twin of ../id/sync.ts; same keys): the
// status line on every screen, the reasons it gives when it cannot sync, and the notices of
// changes the server refused.
import type { sync as id } from '../id/sync.ts';
import type { Translation } from '../translation.ts';

export const sync: Translation<typeof id> = {
  status: {
    notEnrolled: 'Not connected to the central server',
    syncing: 'Syncing…',
    online: 'Synced',
    onlineAt: 'Synced · {time}',
    offline: 'Offline',
    error: 'Sync delayed',
    updateNeeded: 'App update needed',
    reenrol: 'Needs to be enrolled again',
    pending: '{count} waiting to be sent',
    pendingShort: '{count} pending',
  },
  error: {
    offline:
      'The central server cannot be reached. Changes are saved on this device and sent automatically later.',
    server: 'The central server has a problem. Sync will be retried automatically.',
    badAnswer: 'The central server’s reply cannot be read. Sync will be retried automatically.',
    unauthorized: 'The central server does not recognise this device. Enrol this device again.',
    revoked:
      'This device’s enrolment has been revoked. Ask the Balai admin for a new enrolment code.',
    updateNeeded:
      'This version of the app can no longer exchange data with the central server. Please update the app.',
    rejected: 'The central server refused this device’s request.',
    wipedStore:
      'This device’s data was erased after it was enrolled. Enrol this device with the central server again.',
    localStore: 'Data from the central server cannot be saved on this device.',
    credentials: 'The central server enrolment data cannot be read.',
  },
  notice: {
    region: 'Changes refused by the central server',
    line: '{what}: {reason}',
    // Each names the local change that was rolled back.
    undone: {
      issued: 'Ticket {number} undone',
      call: 'Call of {number} undone',
      recall: 'Repeat call of {number} undone',
      start: 'Start of service for {number} undone',
      finish: 'Finish of service for {number} undone',
      no_show: 'No-show mark for {number} undone',
      transfer: 'Transfer of {number} undone',
      cancel: 'Cancellation of {number} not applied',
      requeue: 'Return of {number} to the queue undone',
      close_no_show: 'No-show mark at closing for {number} undone',
      carry_over: 'Carry-over of {number} to the next day undone',
    },
    change: 'Change undone',
    dismiss: 'Close notice',
  },
};
