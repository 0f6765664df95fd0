// The signed-in session. The session itself is an HttpOnly cookie the page cannot read (it survives a
// reload and a new tab); the page keeps only who is signed in and the CSRF token its writes send.
// See docs/security.md.
import { computed, shallowRef } from 'vue';
import type { Me } from '@/api/types';

export const sessionMe = shallowRef<Me | null>(null);
/** Sent as X-CSRF-Token with every write; from the sign-in or from GET /me. */
export const csrfToken = shallowRef<string | null>(null);
/** An i18n key of a message for the sign-in page (e.g. the session ran out). */
export const sessionNotice = shallowRef<string | null>(null);

export const signedIn = computed(() => !!sessionMe.value);
export const isAdmin = computed(() => !!sessionMe.value?.admin || sessionMe.value?.user.role === 'admin');

export function setSession(me: Me) {
  sessionMe.value = me;
  csrfToken.value = me.csrfToken ?? csrfToken.value;
  sessionNotice.value = null;
}

export function clearSession(notice: string | null = null) {
  sessionMe.value = null;
  csrfToken.value = null;
  sessionNotice.value = notice;
}

let restoring: Promise<void> | null = null;
/**
 * Asks the server once per page load whether the cookie is still a session (after a reload or in a
 * new tab). `load` is the GET /auth/session call (null: nobody); a failure leaves the page signed out.
 */
export function restoreSession(load: () => Promise<Me | null>): Promise<void> {
  restoring ??= load().then(
    (me) => {
      if (me && !sessionMe.value) setSession(me);
    },
    () => undefined,
  );
  return restoring;
}

/** Regions the signed-in user may write to. */
export function canWriteRegion(code: string | null | undefined): boolean {
  const me = sessionMe.value;
  if (!me || !code || me.readOnly) return false;
  if (me.admin || me.user.role === 'admin') return true;
  return (me.writableRegions ?? me.user.regions ?? []).includes(code);
}
