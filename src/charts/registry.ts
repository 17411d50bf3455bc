/** Every chart on the site, by id: the browser looks definitions up here to redraw a chart. */
import type { ChartDefinition } from './types.ts';
import { urbanRuralDensity } from './urban-rural-density.ts';
import { urbanRuralProvinceMap } from './urban-rural-province-map.ts';
import { urbanRuralProvinceRank } from './urban-rural-province-rank.ts';
import { urbanRuralVillage } from './urban-rural-village.ts';
import { urbanRuralWorld } from './urban-rural-world.ts';
import { overviewDensityTargets } from './overview-density-targets.ts';
import { qualificationsComposition } from './qualifications-composition.ts';
import { qualificationsDegreeShare } from './qualifications-degree-share.ts';
import { trainingGps } from './training-gps.ts';
import { trainingResidency } from './training-residency.ts';
import { trainingOrderDirected } from './training-order-directed.ts';
import { trainingProgrammes } from './training-programmes.ts';
import { scenarioProjection } from './scenario-projection.ts';

/** Add new charts here (overview, qualifications, training and scenario charts go below the urban-rural ones). */
export const CHARTS: ChartDefinition[] = [
  urbanRuralDensity,
  urbanRuralProvinceMap,
  urbanRuralProvinceRank,
  urbanRuralVillage,
  urbanRuralWorld,
  overviewDensityTargets,
  qualificationsComposition,
  qualificationsDegreeShare,
  trainingGps,
  trainingResidency,
  trainingOrderDirected,
  trainingProgrammes,
  scenarioProjection,
] as unknown as ChartDefinition[];

export const CHART_BY_ID: ReadonlyMap<string, ChartDefinition> = new Map(CHARTS.map((c) => [c.id, c]));
