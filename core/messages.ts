/**
 * Messages between the extension's pages and the content script. The content script may not
 * bundle zod, so it checks the shape with these small guards; the popup validates presets fully
 * before it sends one.
 */
import type { PageKind } from './fill/report';
import type { OutlineHeader } from './outline/header';
import type { PortalHost } from './portal/knowledge';

/** A preset with its parameters substituted: exactly what to put into the form. */
export interface IntegrationSpec {
  name: string;
  description: string;
  contactEmail?: string;
  redirectUris: string[];
  scopes: string[];
  optionalScopes: string[];
  mobileSdk: boolean;
  icon?: { dataUrl: string; fileName: string };
}

/** Which integration of a bundle a fill is for: "Integration 1 of 2: Webex Calling". */
export interface PartRef {
  key: string;
  title: string;
  index: number;
  count: number;
}

export interface FillRequest {
  presetId: string;
  presetName: string;
  portal: PortalHost;
  /** Set for a bundle's integration; a capture after this fill is labelled with it. */
  part?: PartRef;
  integration: IntegrationSpec;
  /** Untick scopes the preset does not list; 'auto' = only on an existing integration's edit page. */
  exact: boolean | 'auto';
  /** Upper bound on waiting for a page that is still loading (default TIMING.waitTimeoutMs). */
  timeoutMs?: number;
  /** How long a quiet page must stay quiet before what is missing is reported (default TIMING.settleMs). */
  settleMs?: number;
  /** The preset's parameter values (never a secret), kept with the capture for the hand-off. */
  values?: Record<string, string>;
}

export type ContentRequest =
  | { type: 'webex-helper/ping' }
  | { type: 'webex-helper/fill'; request: FillRequest }
  | { type: 'webex-helper/read-form' };

export interface PingResponse {
  page: PageKind;
  host: string;
  path: string;
}

/** What the content script tells the background (never secrets to anything but the extension). */
export type BackgroundRequest =
  | { type: 'webex-helper/applied'; applied: AppliedPreset }
  | { type: 'webex-helper/captured'; credentials: CapturedCredentials }
  /** The scopes the portal offers (names, its descriptions, disabled or not): no user data. */
  | { type: 'webex-helper/offered'; offered: unknown };

/** From the popup after a copy: schedule the clear. Only a hash of the copied text travels. */
export interface ClipboardCopied {
  type: 'webex-helper/clipboard-copied';
  label: string;
  sha256: string;
}

/** Between the background and the long-lived document that owns the clear timer. */
export type ClipboardWorkerMessage =
  | { type: 'webex-helper/clipboard-schedule'; target: 'clipboard-worker'; sha256: string; delayMs: number }
  | { type: 'webex-helper/clipboard-cancel'; target: 'clipboard-worker' }
  | { type: 'webex-helper/clipboard-outcome'; outcome: 'cleared' | 'changed' | 'unreadable' };

/** What the popup shows as the countdown (storage.session key `clipboard`). */
export interface ClipboardStatus {
  label: string;
  clearAt: number | null;
  outcome: 'pending' | 'cleared' | 'changed' | 'unreadable' | 'off';
}

export interface AppliedPreset {
  presetId: string;
  presetName: string;
  portal: string;
  scopes: string[];
  optionalScopes: string[];
  redirectUris: string[];
  appliedAt: number;
  /** The parameter values the fill used, for the vendor hand-off. */
  values?: Record<string, string>;
  /** The bundle's integration the fill was for. */
  part?: PartRef;
}

export interface CapturedCredentials {
  integrationName: string;
  clientId: string;
  clientSecret: string | null;
  integrationId: string | null;
  oauthUrl: string | null;
  portal: string;
  capturedAt: number;
}

/**
 * "Fill this page" / "Fill matching fields": the hand-off engine's only order. It names the page
 * it is for (the origin, and the path when the preset names one page): the engine refuses it
 * anywhere else, e.g. when the tab navigated between the popup's look and the click.
 */
export interface HandOffMessage {
  type: 'webex-helper/hand-off';
  orders: Array<{ label: string; labels: string[]; value?: string }>;
  dryRun: boolean;
  expect: { origin: string; path?: string };
}

/** "Copy page outline": the outline engine's only order; the header is what the popup knows. */
export interface OutlineMessage {
  type: 'webex-helper/outline';
  header: Omit<OutlineHeader, 'cut' | 'page'>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

export function isFillRequest(x: unknown): x is FillRequest {
  if (!isObject(x) || !isObject(x.integration)) return false;
  const i = x.integration;
  return (
    typeof x.presetId === 'string' &&
    typeof x.presetName === 'string' &&
    typeof x.portal === 'string' &&
    (typeof x.exact === 'boolean' || x.exact === 'auto') &&
    (x.timeoutMs === undefined || typeof x.timeoutMs === 'number') &&
    (x.settleMs === undefined || typeof x.settleMs === 'number') &&
    (x.values === undefined || (isObject(x.values) && Object.values(x.values).every((v) => typeof v === 'string'))) &&
    (x.part === undefined ||
      (isObject(x.part) &&
        typeof x.part.key === 'string' &&
        typeof x.part.title === 'string' &&
        typeof x.part.index === 'number' &&
        typeof x.part.count === 'number')) &&
    typeof i.name === 'string' &&
    typeof i.description === 'string' &&
    (i.contactEmail === undefined || typeof i.contactEmail === 'string') &&
    isStringArray(i.redirectUris) &&
    isStringArray(i.scopes) &&
    isStringArray(i.optionalScopes) &&
    typeof i.mobileSdk === 'boolean' &&
    (i.icon === undefined ||
      (isObject(i.icon) && typeof i.icon.dataUrl === 'string' && typeof i.icon.fileName === 'string'))
  );
}

/** The order to fill, for the fill engine (injected on "Fill form"). */
export function isFillMessage(x: unknown): x is Extract<ContentRequest, { type: 'webex-helper/fill' }> {
  return isObject(x) && x.type === 'webex-helper/fill' && isFillRequest(x.request);
}

/** The popup asking what page this is, for the always-on content script. */
export function isPingMessage(x: unknown): x is Extract<ContentRequest, { type: 'webex-helper/ping' }> {
  return isObject(x) && x.type === 'webex-helper/ping';
}

export function isContentRequest(x: unknown): x is ContentRequest {
  return isPingMessage(x) || isFillMessage(x);
}

export function isHandOffMessage(x: unknown): x is HandOffMessage {
  return (
    isObject(x) &&
    x.type === 'webex-helper/hand-off' &&
    typeof x.dryRun === 'boolean' &&
    isObject(x.expect) &&
    typeof x.expect.origin === 'string' &&
    (x.expect.path === undefined || typeof x.expect.path === 'string') &&
    Array.isArray(x.orders) &&
    x.orders.every(
      (o: unknown) =>
        isObject(o) &&
        typeof o.label === 'string' &&
        isStringArray(o.labels) &&
        (o.value === undefined || typeof o.value === 'string'),
    )
  );
}

export function isOutlineMessage(x: unknown): x is OutlineMessage {
  return (
    isObject(x) &&
    x.type === 'webex-helper/outline' &&
    isObject(x.header) &&
    typeof x.header.version === 'string' &&
    typeof x.header.host === 'string' &&
    typeof x.header.date === 'string'
  );
}

/** "Make a preset from this page": the fill engine reads the form and answers with a FormSnapshot. */
export function isReadFormMessage(x: unknown): x is Extract<ContentRequest, { type: 'webex-helper/read-form' }> {
  return isObject(x) && x.type === 'webex-helper/read-form';
}
