/**
 * Where to start, on a first visit: the headline lesson, the full architecture (what is running
 * behind the card), and the other presets, as buttons. Any choice, or Close, dismisses it for
 * good. It is a non-modal region over the graph, so the running diagram stays visible and usable.
 */
import { useEffect, useRef } from 'react';
import { DEFAULT_PRESET_ID, PRESETS } from '../../scenario/presets/index.ts';
import { useSim } from '../sim-context.ts';
import { rememberWelcomed } from './first-visit.ts';
import { startHeadlineLesson } from './start-lesson.ts';
import './onboarding.css';

export function WelcomeCard({ close }: { close: () => void }) {
  const runtime = useSim();
  const lessonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => lessonRef.current?.focus({ preventScroll: true }), []);
  const done = () => {
    rememberWelcomed();
    close();
  };
  const others = PRESETS.filter((p) => p.id !== DEFAULT_PRESET_ID);
  return (
    <section
      className="fs-welcome"
      role="dialog"
      aria-modal="false"
      aria-labelledby="fs-welcome-title"
      data-testid="welcome"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          done();
        }
      }}
    >
      <div className="fs-welcome__head">
        <h2 id="fs-welcome-title">Where to start</h2>
        <button type="button" className="fs-button" onClick={done} data-testid="welcome-close">
          Close
        </button>
      </div>
      <p className="fs-welcome__lead">
        Every dot is a request. Pick a starting point; it is all one click away later.
      </p>
      <button
        ref={lessonRef}
        type="button"
        className="fs-button fs-button--primary fs-welcome__main"
        onClick={() => {
          done();
          void startHeadlineLesson(runtime);
        }}
        data-testid="welcome-lesson"
      >
        Take the lesson: 30 in, 5 out
        <span className="fs-welcome__desc">
          A queue fills three times faster than it drains. What happens?
        </span>
      </button>
      <button type="button" className="fs-button fs-welcome__main" onClick={done} data-testid="welcome-full">
        Watch the full architecture
        <span className="fs-welcome__desc">
          Clients, load balancer, gateways, services and a queue, running now
        </span>
      </button>
      <p className="fs-welcome__more">Or open a smaller scenario:</p>
      <ul className="fs-welcome__presets">
        {others.map((preset) => (
          <li key={preset.id}>
            <button
              type="button"
              className="fs-button"
              title={preset.description}
              onClick={() => {
                done();
                runtime.controller.loadScenario(preset.scenario, preset.id);
              }}
              data-testid={`welcome-preset-${preset.id}`}
            >
              {preset.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
