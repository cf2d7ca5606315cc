import type { DialogContext } from 'botbuilder-dialogs';

/** The state of the nearest dialog `id` at or above `dc`: a component's own state, from any step or prompt inside it. */
export function stateOf<T>(dc: DialogContext, id: string): T {
  for (let c: DialogContext | undefined = dc; c; c = c.parent) {
    if (c.activeDialog?.id === id) return c.activeDialog.state as T;
  }
  throw new Error(`[${id}]: not inside this dialog.`);
}
