/**
 * What it takes to make the current run again: the scenario and seed it started from (at load or
 * the last reset), every live change with the position where the worker applied it, the furthest
 * position the worker has reported, and whether it was playing and how fast. The client keeps it
 * from the messages it sends and receives, so a lost worker's run can be resumed (replay.ts).
 */
import { checkChange, stampNow, type ScenarioChange } from '../scenario/change/index.ts';
import type { Scenario } from '../scenario/types.ts';
import type { FromWorker, LoggedChange, RunPosition, Speed, ToWorker } from './protocol.ts';

export interface ReplayLog {
  /** Records a command on its way to the worker. */
  sent(message: ToWorker): void;
  /** Records an answer of the current run (stale runs are filtered before). */
  heard(message: FromWorker): void;
  /** The furthest position known, where a resumed run picks up. */
  readonly position: RunPosition;
  readonly playing: boolean;
  readonly speed: Speed;
  /** The messages that remake the run in a fresh runner, or none before anything was loaded. */
  resumeMessages(run: number): ToWorker[];
}

const START: RunPosition = { events: 0, timeS: 0 };

export function createReplayLog(): ReplayLog {
  let scenario: Scenario | null = null;
  let seed = 1;
  let changes: { change: ScenarioChange; at: RunPosition | null }[] = [];
  let position = START;
  let playing = false;
  let speed: Speed = 1;

  function sent(message: ToWorker): void {
    switch (message.type) {
      case 'load':
        ({ scenario, seed } = message);
        changes = [];
        position = START;
        break;
      case 'reset':
        // The worker restarts from the scenario as changed so far (the changes it accepted); so does the log.
        for (const { change, at } of changes) {
          const checked = scenario && checkChange(scenario, stampNow(change, at?.timeS ?? position.timeS));
          if (checked && checked.ok) scenario = checked.scenario;
        }
        changes = [];
        position = START;
        break;
      case 'applyChange':
        changes.push({ change: message.change, at: null });
        break;
      case 'play':
        playing = true;
        break;
      case 'pause':
      case 'step':
        playing = false;
        break;
      case 'setSpeed':
        speed = message.speed;
        break;
      default:
        break;
    }
  }

  function heard(message: FromWorker): void {
    if (message.type === 'snapshot') {
      position = { events: message.snapshot.events, timeS: message.snapshot.timeS };
    } else if (message.type === 'changeApplied') {
      const index = changes.findIndex((entry) => entry.at === null);
      if (index < 0) return;
      if (message.at === null) changes.splice(index, 1);
      else {
        changes[index].at = message.at;
        position = message.at;
      }
    } else if (message.type === 'halt') playing = false;
  }

  return {
    sent,
    heard,
    get position() {
      return position;
    },
    get playing() {
      return playing;
    },
    get speed() {
      return speed;
    },
    resumeMessages(run) {
      if (!scenario) return [];
      // A change the lost worker never confirmed takes effect where the resumed run starts.
      const logged: LoggedChange[] = changes.map(({ change, at }) => ({ change, at: at ?? position }));
      return [
        { type: 'resume', run, scenario, seed, changes: logged, at: position },
        { type: 'setSpeed', speed },
        { type: playing ? 'play' : 'pause' },
      ];
    },
  };
}
