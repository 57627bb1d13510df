/**
 * The one menu button of the app (File, Add, Presets): a button with `aria-haspopup="menu"` and
 * `aria-expanded`, and its popover, a `role="menu"` list of MenuItem. Opening moves focus to the
 * first item (↑ on the button: the last); ↑/↓ move and wrap, Home/End jump, Escape closes and
 * gives focus back to the button, Tab closes and moves on, a press outside closes it. Picking an
 * item closes the menu and returns focus to the button before the item acts, so a dialog the item
 * opens hands focus back to the button too.
 */
import { createContext, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { focusMenuItem, menuMove, type MenuMove } from './menu-focus.ts';
import { useDismiss } from './use-dismiss.ts';

/** What a MenuItem needs from its menu: closing it, focus back on the button. */
export const MenuContext = createContext<() => void>(() => {});

export interface MenuButtonProps {
  /** The popover's id (the button's aria-controls). */
  id: string;
  /** The menu's accessible name. */
  menuLabel: string;
  /** The button's content (visible text). */
  button: ReactNode;
  /** The button's own accessible name, when its visible text is not enough. */
  buttonLabel?: string;
  testId: string;
  /** Extra class names: on the wrapper, the button and the list. */
  className?: string;
  buttonClassName?: string;
  listClassName?: string;
  /** Extra data-* attributes on the button (e.g. the running preset). */
  buttonData?: Record<`data-${string}`, string>;
  children: ReactNode;
}

/** A menu button and its menu; the items are MenuItem elements. */
export function MenuButton(props: MenuButtonProps) {
  const [open, setOpen] = useState<MenuMove | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Closing from inside (Escape, a pick) hands focus back; a press elsewhere leaves it there.
  const dismiss = useCallback(() => {
    if (wrapRef.current?.contains(document.activeElement)) buttonRef.current?.focus();
    setOpen(null);
  }, []);
  const pick = useCallback(() => {
    buttonRef.current?.focus();
    setOpen(null);
  }, []);
  useDismiss(open !== null, wrapRef, dismiss);
  useEffect(() => {
    if (open) focusMenuItem(listRef.current, open);
  }, [open]);
  return (
    <div className={`fs-menu${props.className ? ` ${props.className}` : ''}`} ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`fs-button${props.buttonClassName ? ` ${props.buttonClassName}` : ''}`}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={props.id}
        aria-label={props.buttonLabel}
        onClick={() => setOpen(open ? null : 'first')}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
        data-testid={props.testId}
        {...props.buttonData}
      >
        {props.button}
      </button>
      {open && (
        <ul
          ref={listRef}
          id={props.id}
          role="menu"
          aria-label={props.menuLabel}
          className={`fs-menu__list${props.listClassName ? ` ${props.listClassName}` : ''}`}
          onKeyDown={(event) => {
            if (event.key === 'Tab') {
              buttonRef.current?.focus();
              setOpen(null);
              return;
            }
            const move = menuMove(event.key);
            if (!move) return;
            event.preventDefault();
            focusMenuItem(listRef.current, move);
          }}
        >
          <MenuContext value={pick}>{props.children}</MenuContext>
        </ul>
      )}
    </div>
  );
}
