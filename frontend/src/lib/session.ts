// The signed-in session, in memory only (never localStorage, sessionStorage or cookies):
// a reload signs the user out. See README.
import { computed, shallowRef } from 'vue';
import type { Me } from '@/api/types';

export const sessionToken = shallowRef<string | null>(null);
export const sessionMe = shallowRef<Me | null>(null);
/** An i18n key of a message for the sign-in page (e.g. the session ran out). */
export const sessionNotice = shallowRef<string | null>(null);

export const signedIn = computed(() => !!sessionToken.value && !!sessionMe.value);
export const isAdmin = computed(() => !!sessionMe.value?.admin || sessionMe.value?.user.role === 'admin');

export function setSession(token: string, me: Me) {
  sessionToken.value = token;
  sessionMe.value = me;
  sessionNotice.value = null;
}

export function clearSession(notice: string | null = null) {
  sessionToken.value = null;
  sessionMe.value = null;
  sessionNotice.value = notice;
}

/** Regions the signed-in user may write to. */
export function canWriteRegion(code: string | null | undefined): boolean {
  const me = sessionMe.value;
  if (!me || !code || me.readOnly) return false;
  if (me.admin || me.user.role === 'admin') return true;
  return (me.writableRegions ?? me.user.regions ?? []).includes(code);
}
