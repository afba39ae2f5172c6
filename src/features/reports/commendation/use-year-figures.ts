import { useMemo, useState } from 'preact/hooks';
import type { SourcedIndicators } from '../../../core/indicators';
import { periodOf } from '../../../core/periods';
import type { Source } from '../SourceLine';
import { type IndicatorsState, useIndicators } from '../use-indicators';

export interface YearFigures {
  state: IndicatorsState;
  /** The figures the screens use: the server's whole commune when there, else this phone's. */
  shown: SourcedIndicators | undefined;
  choose: (source: Source) => void;
}

/** A calendar year's indicators, the server's preferred (the commune's complete figures). */
export function useYearFigures(year: number): YearFigures {
  const period = useMemo(() => periodOf({ kind: 'year', year }), [year]);
  const state = useIndicators(period);
  const [preferred, choose] = useState<Source>('server');
  const shown =
    preferred === 'server' ? (state.server ?? state.device) : (state.device ?? state.server);
  return { state, shown, choose };
}
