/**
 * Experiments: the contract, the registry, and the machinery that runs them (run directories,
 * checkpoints, seeds, sweeps, reports). Published as `looplab/experiments`, separate from the
 * numeric core, because it brings in Node's file system and the report renderer.
 */
export type {
  AnyExperiment, Checkpoint, CheckpointState, Checkpointer, ConfigObject, ConfigValue, Experiment, MetricRow, RunContext, RunRecord, Summary, SweepMetric,
} from './types.js';
export { RunInterrupted } from './types.js';
export { experiments, findExperiment, experimentNames } from './registry.js';
export { sineMlp, defaultSineMlpConfig, smokeSineMlpConfig, initMlp, mlpApply, trainSineMlp } from './sine-mlp.js';
export type { SineMlpConfig, MlpParams } from './sine-mlp.js';
export { memoryScalar, defaultMemoryScalarConfig, smokeMemoryScalarConfig, landscapeCurvature } from './memory-scalar.js';
export type { MemoryScalarConfig } from './memory-scalar.js';
export { memoryTeacherStudent, defaultMemoryTeacherStudentConfig, smokeMemoryTeacherStudentConfig, teacherStudentCells, ablationLadder, bestOverLearningRates } from './memory-teacher-student.js';
export type { MemoryTeacherStudentConfig, TeacherStudentCell, BestCell } from './memory-teacher-student.js';
export { STUDENT_KINDS, makeTeacher, makeStudent, trainStudent, linearRnnConv } from './memory-students.js';
export type { StudentKind, Student, StudentTraining } from './memory-students.js';
export { memoryDeep, defaultMemoryDeepConfig, smokeMemoryDeepConfig, initDeep, deepInputs, meanSquaredGradients, DEEP_MIXERS } from './memory-deep.js';
export type { MemoryDeepConfig, DeepMixer } from './memory-deep.js';
export { onlineCopy, defaultOnlineCopyConfig, smokeOnlineCopyConfig, runOnlineCopy } from './online-copy.js';
export type { OnlineCopyConfig } from './online-copy.js';
export { onlineLayers, defaultOnlineLayersConfig, smokeOnlineLayersConfig } from './online-layers.js';
export type { OnlineLayersConfig } from './online-layers.js';
export { onlineSmnist, defaultOnlineSmnistConfig, smokeOnlineSmnistConfig } from './online-smnist.js';
export type { OnlineSmnistConfig } from './online-smnist.js';
export { buildModel as buildOnlineModel, makeOptimizer as makeOnlineOptimizer } from './online-common.js';
export type { OnlineModelConfig, OnlineTrainConfig } from './online-common.js';
export { onlineCopyTable } from './online-table.js';
export type { OnlineCopyTableRow } from './online-table.js';
export { applyOverrides, mergeConfigJson, configKeys, ConfigError } from './config.js';
export type { Override } from './config.js';
export { saveCheckpoint, loadCheckpoint, hasCheckpoint, CheckpointError, configHash } from './checkpoint.js';
export type { CheckpointOwner, LoadedCheckpoint } from './checkpoint.js';
export { executeRun, readRunMeta, readRunSummary, readRunRecord } from './runner.js';
export type { ExecuteOptions, ProgressEvent, RunMeta, RunOutcome, RunSummaryFile } from './runner.js';
export { runSeedGroup, seedDir } from './seeds.js';
export type { GroupOutcome, SeedGroupMeta, SeedGroupSummary } from './seeds.js';
export { runSweep, gridCombinations, bestConfig } from './sweep.js';
export type { GridAxis, SweepMeta, SweepSummary, SweepOptions } from './sweep.js';
export { runJobs } from './pool.js';
export type { Job } from './pool.js';
export { meanSem, aggregateSummaries, aggregateCurve } from './aggregate.js';
export type { SeedStat } from './aggregate.js';
export { renderDirReport, renderComparison, reportInput, dirKind } from './reports.js';
export type { DirKind } from './reports.js';
export { environmentInfo } from './env.js';
export type { EnvironmentInfo } from './env.js';
