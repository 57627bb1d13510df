/** One item of a MenuButton's menu: picking it closes the menu (focus back on its button), then acts. */
import { use, type ReactNode } from 'react';
import { MenuContext } from './menu-button.tsx';

/** A `role="menuitem"` button in a `role="none"` list item; `current` marks the one in use. */
export function MenuItem({
  onSelect,
  testId,
  disabled,
  current,
  children,
}: {
  onSelect: () => void;
  testId: string;
  disabled?: boolean;
  current?: boolean;
  children: ReactNode;
}) {
  const close = use(MenuContext);
  return (
    <li role="none">
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        className="fs-menu__item"
        disabled={disabled}
        aria-current={current ? 'true' : undefined}
        data-testid={testId}
        onClick={() => {
          close();
          onSelect();
        }}
      >
        {children}
      </button>
    </li>
  );
}
