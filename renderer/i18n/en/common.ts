// English text shared by every screen (twin of ../id/common.ts; same keys).
import type { common as id } from '../id/common.ts';
import type { Translation } from '../translation.ts';

export const common: Translation<typeof id> = {
  appName: 'SERASI Desk',
  loading: 'Loading…',
  screens: 'Screens',
  screen: {
    kiosk: 'Registration kiosk',
    console: 'Staff console',
    display: 'Queue board',
    setup: 'Settings',
  },
  lane: {
    emergency: 'Emergency',
    priority: 'Priority',
    regular: 'Regular',
  },
  priorityClass: {
    disability: 'Person with a disability',
    elderly: 'Older person',
    pregnant: 'Pregnant woman',
    child: 'Child / with a child',
    disaster_victim: 'Disaster victim',
  },
  state: {
    waiting: 'Waiting',
    called: 'Called',
    serving: 'Being served',
    done: 'Done',
    no_show: 'No-show',
    transferred: 'Transferred',
    cancelled: 'Cancelled',
    carried_over: 'Carried over to the next day',
  },
  counter: 'Counter {number}',
  configError: 'The device settings cannot be read',
  retry: 'Try again',
  storageError: 'Data cannot be saved on this device. Contact staff.',
};
