import { createStore } from 'zustand/vanilla';

/** The village whose roster is open, kept while the volunteer moves between screens. */
export const rosterVillage = createStore<{ villageId: string }>(() => ({ villageId: '' }));
