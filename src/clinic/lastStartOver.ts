import { storage } from 'wxt/utils/storage';
import type { StartOverResult } from './startOverResult';

// What the last Start over did, kept by the background until a page shows
// it: closing the active USCIS tab closes the toolbar popup in Chrome, so
// the popup that asked may not be there to hear. Item names and outcomes
// only, for this browser session.
export const lastStartOver = storage.defineItem<StartOverResult[]>('session:lastStartOver');
