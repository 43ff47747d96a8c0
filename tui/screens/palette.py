"""The ctrl+p palette, with a guard for a Textual crash on page keys pressed before the list is laid out.

Textual 8.2.8: `OptionList._move_page` reads `_index_to_line[highlighted]`, a cache
that stays empty until the list has a size. The palette shows its list (and
takes ↓) before the next layout, so ctrl+p ↓ PageUp typed in one burst raised
`KeyError` and ended the app. No upstream issue was found for it in Textual's
tracker (kagan-sh/kagan-legacy#31 reports the same KeyError under a Select);
drop this subclass when a Textual release measures the list before paging.
Keys that arrive before the palette has even built its list are dropped the
same way (`query_one(CommandList)` raised NoMatches).
"""
from __future__ import annotations

from textual.command import CommandList, CommandPalette


class Palette(CommandPalette):
    def _action_cursor_down(self) -> None:
        if self.query(CommandList):
            super()._action_cursor_down()

    def _action_command_list(self, action: str) -> None:
        if not self.query(CommandList):
            return
        if action in ("page_up", "page_down"):
            commands = self.query_one(CommandList)
            highlighted = commands.highlighted
            if highlighted is not None and highlighted not in commands._index_to_line:
                # not measured yet, so a page has no height: go to the end the key points at
                commands.action_first() if action == "page_up" else commands.action_last()
                return
        super()._action_command_list(action)
