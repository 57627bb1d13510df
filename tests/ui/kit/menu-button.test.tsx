/** The kit's menu button (src/ui/kit/menu-button.tsx): ARIA, the keyboard, focus back, outside press. */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../../src/ui/kit/menu-button.tsx';
import { MenuItem } from '../../../src/ui/kit/menu-item.tsx';

function renderMenu(onSelect = vi.fn()) {
  render(
    <>
      <MenuButton id="t-menu" menuLabel="Fruit" button="Pick ▾" testId="t-button">
        <MenuItem testId="apple" onSelect={() => onSelect('apple')}>
          Apple
        </MenuItem>
        <MenuItem testId="banana" disabled onSelect={() => onSelect('banana')}>
          Banana
        </MenuItem>
        <MenuItem testId="cherry" current onSelect={() => onSelect('cherry')}>
          Cherry
        </MenuItem>
        <MenuItem testId="date" onSelect={() => onSelect('date')}>
          Date
        </MenuItem>
      </MenuButton>
      <button type="button">Outside</button>
    </>,
  );
  return { onSelect, button: screen.getByTestId('t-button') };
}

describe('MenuButton', () => {
  it('is a menu button whose popover is a named menu of items, the first focused on opening', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Fruit' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'Apple',
      'Banana',
      'Cherry',
      'Date',
    ]);
    expect(screen.getByTestId('cherry')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByTestId('apple')).toHaveFocus();
  });

  it('↓/↑ move and wrap, skipping a disabled item; Home and End jump', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    await user.click(button);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByTestId('cherry')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByTestId('date')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByTestId('apple')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByTestId('date')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByTestId('apple')).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByTestId('date')).toHaveFocus();
  });

  it('opens from the keyboard: Enter at the first item, ↑ on the button at the last', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('apple')).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByTestId('date')).toHaveFocus();
  });

  it('Escape closes it and hands focus back to the button, without reaching the page', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    const page = vi.fn();
    window.addEventListener('keydown', (e) => !e.defaultPrevented && e.key === 'Escape' && page(), {
      once: true,
    });
    await user.click(button);
    await user.keyboard('{ArrowDown}{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(page).not.toHaveBeenCalled();
  });

  it('picking an item closes the menu, focus on the button, then the item acts', async () => {
    const user = userEvent.setup();
    const focusedWhenActing: (Element | null)[] = [];
    const onSelect = vi.fn(() => focusedWhenActing.push(document.activeElement));
    const { button } = renderMenu(onSelect);
    await user.click(button);
    await user.keyboard('{End}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('date');
    // A dialog the item opens then takes the button as its opener, and gives focus back to it.
    expect(focusedWhenActing).toEqual([button]);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(screen.getByTestId('banana'));
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('a press outside closes it and leaves focus where it went; Tab closes it too', async () => {
    const user = userEvent.setup();
    const { button } = renderMenu();
    await user.click(button);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Outside' }));
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button);
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Outside' })).toHaveFocus();
  });
});
