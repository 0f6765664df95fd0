// The unread count of the signed-in user's reminder inbox, shown in the header; the inbox page and the
// header refresh it (docs/reminders.md).
import { shallowRef } from 'vue';

export const unreadReminders = shallowRef<number | null>(null);

/** Asks the server for the count; a failure leaves the last one (the header is not the place to fail). */
export async function refreshUnreadReminders(load: () => Promise<{ unread?: number }>): Promise<void> {
  try {
    unreadReminders.value = (await load()).unread ?? 0;
  } catch {
    /* keep the last count */
  }
}
