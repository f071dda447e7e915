/** The in-page report panel's element name (the content script removes it on in-page navigation). */
export const PANEL_TAG = 'webex-helper-report';
