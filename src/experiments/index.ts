/**
 * Experiments: the contract, the registry, and the machinery that runs them (run directories,
 * checkpoints, seeds, sweeps, reports). Published as `looplab/experiments`, separate from the
 * numeric core, because it brings in Node's file system and the report renderer.
 */
export type {
  AnyExperiment,
  Checkpoint,
  CheckpointState,
  Checkpointer,
  ConfigObject,
  ConfigValue,
  Experiment,
  MetricRow,
  RunContext,
  RunRecord,
  Summary,
  SweepMetric,
} from './runner/types.js';
export { RunInterrupted } from './runner/types.js';
export { experiments, findExperiment, experimentNames } from './runner/registry.js';
export { sineMlp, defaultSineMlpConfig, smokeSineMlpConfig, initMlp, mlpApply, trainSineMlp } from './examples/sine-mlp.js';
export type { SineMlpConfig, MlpParams } from './examples/sine-mlp.js';
export { memoryScalar, defaultMemoryScalarConfig, smokeMemoryScalarConfig, landscapeCurvature } from './p1-memory/memory-scalar.js';
export type { MemoryScalarConfig } from './p1-memory/memory-scalar.js';
export {
  memoryTeacherStudent,
  defaultMemoryTeacherStudentConfig,
  smokeMemoryTeacherStudentConfig,
  teacherStudentCells,
  ablationLadder,
  bestOverLearningRates,
} from './p1-memory/memory-teacher-student.js';
export type { MemoryTeacherStudentConfig, TeacherStudentCell, BestCell } from './p1-memory/memory-teacher-student.js';
export { STUDENT_KINDS, makeTeacher, makeStudent, trainStudent, linearRnnConv } from './p1-memory/memory-students.js';
export type { StudentKind, Student, StudentTraining } from './p1-memory/memory-students.js';
export {
  memoryDeep,
  defaultMemoryDeepConfig,
  smokeMemoryDeepConfig,
  initDeep,
  deepInputs,
  meanSquaredGradients,
  DEEP_MIXERS,
} from './p1-memory/memory-deep.js';
export type { MemoryDeepConfig, DeepMixer } from './p1-memory/memory-deep.js';
export { onlineCopy, defaultOnlineCopyConfig, smokeOnlineCopyConfig, runOnlineCopy } from './p4-online/online-copy.js';
export type { OnlineCopyConfig } from './p4-online/online-copy.js';
export { onlineLayers, defaultOnlineLayersConfig, smokeOnlineLayersConfig } from './p4-online/online-layers.js';
export type { OnlineLayersConfig } from './p4-online/online-layers.js';
export { onlineSmnist, defaultOnlineSmnistConfig, smokeOnlineSmnistConfig } from './p4-online/online-smnist.js';
export type { OnlineSmnistConfig } from './p4-online/online-smnist.js';
export { buildModel as buildOnlineModel, makeOptimizer as makeOnlineOptimizer } from './p4-online/online-common.js';
export type { OnlineModelConfig, OnlineTrainConfig } from './p4-online/online-common.js';
export { onlineCopyTable } from './p4-online/online-table.js';
export type { OnlineCopyTableRow } from './p4-online/online-table.js';
export { configProblems, checkRanges, describeRange, inRange } from './runner/ranges.js';
export type { ConfigRanges, NumberRange, Choice, Range, RangeTree } from './runner/ranges.js';
export { metricSeries, summaryTable } from '../report/metrics.js';
export type { LoggedRow } from '../report/metrics.js';
export type { Report, Figure, Series, Table } from '../report/types.js';
export { applyOverrides, mergeConfigJson, configKeys, ConfigError } from './runner/config.js';
export type { Override } from './runner/config.js';
export { saveCheckpoint, loadCheckpoint, hasCheckpoint, CheckpointError, configHash } from './runner/checkpoint.js';
export type { CheckpointOwner, LoadedCheckpoint } from './runner/checkpoint.js';
export { executeRun, readRunMeta, readRunSummary, readRunRecord } from './runner/runner.js';
export type { ExecuteOptions, ProgressEvent, RunMeta, RunOutcome, RunSummaryFile } from './runner/runner.js';
export { runSeedGroup, seedDir } from './runner/seeds.js';
export type { GroupOutcome, SeedGroupMeta, SeedGroupSummary } from './runner/seeds.js';
export { runSweep, resumeSweep, rebuildSweepSummary, gridCombinations, bestConfig } from './runner/sweep.js';
export type { GridAxis, SweepCallbacks, SweepMeta, SweepSummary, SweepOptions } from './runner/sweep.js';
export { runJobs } from './runner/pool.js';
export type { Job, RunJobsOptions } from './runner/pool.js';
export { meanSem, aggregateSummaries, aggregateCurve } from './runner/aggregate.js';
export type { SeedStat } from './runner/aggregate.js';
export { renderDirReport, renderComparison, reportInput, dirKind } from './runner/reports.js';
export type { DirKind } from './runner/reports.js';
export { environmentInfo } from './runner/env.js';
export type { EnvironmentInfo } from './runner/env.js';
export { findings, selectFindings } from './tour/findings.js';
export { defineFinding, atLeast, atMost, near, evaluateCheck, measure, runLabels } from './tour/finding.js';
export type { Finding, AnyFinding, FindingRun, Quantity, Check, Operand, CheckResult, MeasuredQuantity } from './tour/finding.js';
export { PAPERS, PAPER_IDS } from './tour/papers.js';
export type { Paper, PaperId } from './tour/papers.js';
export { runTour } from './tour/tour.js';
export type { TourEvent, TourOptions, TourRecord, TourFindingRecord } from './tour/tour.js';
export { p1Findings } from './p1-memory/findings.js';
export { p4Findings } from './p4-online/findings.js';
