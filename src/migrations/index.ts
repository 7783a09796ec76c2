import * as migration_20261125_203927_initial from './20261125_203927_initial';
import * as migration_20261125_211734_workflow_and_scheduling from './20261125_211734_workflow_and_scheduling';

export const migrations = [
  {
    up: migration_20261125_203927_initial.up,
    down: migration_20261125_203927_initial.down,
    name: '20261125_203927_initial',
  },
  {
    up: migration_20261125_211734_workflow_and_scheduling.up,
    down: migration_20261125_211734_workflow_and_scheduling.down,
    name: '20261125_211734_workflow_and_scheduling'
  },
];
