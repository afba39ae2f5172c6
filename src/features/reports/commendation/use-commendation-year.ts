import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommendationYear } from '../../../core/commendation-record';
import { currentYearInVietnam } from '../../../core/dates';
import {
  loadCommendationYear,
  loadCommendationYearChoice,
  saveCommendationYear,
  saveCommendationYearChoice,
} from '../../../db/commendation';

/** The year the commendation screens work on: the last one chosen, else this year (in Vietnam). */
export function useCommendationYearChoice(): [number | undefined, (year: number) => void] {
  const [year, setYear] = useState<number>();
  useEffect(() => {
    void loadCommendationYearChoice().then((saved) => setYear(saved ?? currentYearInVietnam()));
  }, []);
  return [
    year,
    (next) => {
      setYear(next);
      void saveCommendationYearChoice(next);
    },
  ];
}

export interface YearRecord {
  /** undefined while it is being read. */
  record: CommendationYear | undefined;
  /** Changes the record; the whole record is written to the device at once, in order. */
  update: (change: (record: CommendationYear) => CommendationYear) => void;
}

/**
 * A year's commendation record, read once per commune and year and then kept in memory: each
 * change shows at once and is written behind it, so typing is never slowed or reordered by the
 * store. Only this screen writes the record.
 */
export function useCommendationYear(communeCode: string, year: number | undefined): YearRecord {
  const [record, setRecord] = useState<CommendationYear>();
  const latest = useRef<CommendationYear>();
  const writes = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    let live = true;
    latest.current = undefined;
    setRecord(undefined);
    if (year === undefined) return;
    void loadCommendationYear(communeCode, year).then((loaded) => {
      if (!live) return;
      latest.current = loaded;
      setRecord(loaded);
    });
    return () => {
      live = false;
    };
  }, [communeCode, year]);
  return {
    record,
    update(change) {
      if (!latest.current) return;
      const next = change(latest.current);
      latest.current = next;
      setRecord(next);
      writes.current = writes.current
        .then(() => saveCommendationYear(communeCode, next))
        .catch((err: unknown) => console.error('commendation record not saved', err));
    },
  };
}
