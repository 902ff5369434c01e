/**
 * evalgate's programmatic API: one explicit list of exports. Everything the CLI does is reachable
 * from here; the CLI only parses arguments, prints and picks the exit code.
 */

// Suites
export { loadSuite, loadSuiteOrThrow, type LoadResult } from './suite/loadSuite.js';
export { suiteSchema } from './suite/suiteSchema.js';
export type { RawSuite } from './suite/schema/suite.js';
export { parseGate, parseFigurePath, formatFigurePath, type GateExpression, type GateOp } from './suite/parseGate.js';
export type { Suite, DataSpec, MetricsCheck, Check, Gate, MetricName } from './suite/types.js';

// Running and scoring
export { runSuite, type RunOutcome, type RunSuiteOptions } from './run/runSuite.js';
export { scoreFile, type ScoreOptions, type ScoreOutcome } from './run/scoreFile.js';
export { applyGates, type GateResult, type Verdict } from './run/applyGates.js';
export { compareRuns } from './run/compareRuns.js';
export { readRun, type StoredRun } from './run/readRun.js';
export { saveBaseline, loadBaseline, listBaselines } from './run/baselineStore.js';
export { runPairedSuite, withComparison, comparisonSpec } from './run/runPairedSuite.js';
export { evaluate, type EvaluateOptions, type EvaluateHooks, type Evaluation } from './api/evaluate.js';
export { mergeRun, type MergeRunOptions, type MergedRun } from './api/mergeRun.js';
export { initProject, type InitResult } from './api/initProject.js';
export { evaluateComparison, type EvaluateComparisonOptions, type EvaluatedComparison } from './api/evaluateComparison.js';
export { runError, withRunError, describeFailure } from './run/runVerdict.js';
export { resumeJournal } from './run/resumeJournal.js';
export { resumeReplays, type ResumeHooks } from './run/resumeReplays.js';
export { parseShard, inShard, type Shard } from './run/shard.js';
export { finishShard } from './run/finishShard.js';
export { mergeShards } from './run/mergeShards.js';
export { readShardManifest, writeShardManifest, type ShardManifest } from './run/shardManifest.js';
export { lockOutput, LOCK_FILE, type OutputLock, type LockHolder } from './run/outputLock.js';
export { createProgressBoard, createProgress, silentProgress, type Progress, type ProgressBoard, type CheckProgress, type BoardOptions } from './run/progress.js';
export { RunInterruptedError } from './run/runInterruptedError.js';
export { DEFAULT_DRAIN_MS } from './run/stopControl.js';
export type { Comparison, ComparisonFigure, ComparisonGateResult } from './contract/results.js';
export type { Results, MetricsDetail } from './contract/results.js';
export type { Figure, Figures } from './contract/results.js';

// Outputs
export { writeOutputs, OUTPUT_FORMATS, type OutputFormat } from './report/writeOutputs.js';
export { resultsJson } from './contract/resultsJson.js';
export { junitXml } from './report/junitXml.js';
export { summaryMarkdown } from './report/summaryMarkdown.js';
export { resultsSchema } from './report/resultsSchema.js';

// Models under test
export type { Model, ModelIdentity, Prediction, TrainingExample } from './models/model.js';
export type { ModelSpec, ModelOptions } from './models/modelSpec.js';
export { createModel } from './models/createModel.js';
export { createBuiltinModel } from './models/builtin/createBuiltinModel.js';
export { loadModuleModel, type ModuleModelOptions } from './models/module/loadModuleModel.js';
export { createCommandModel } from './models/command/createCommandModel.js';
export type { CommandModelOptions } from './models/command/commandOptions.js';
export { createHttpModel } from './models/http/createHttpModel.js';
export type { HttpModelConfig } from './models/http/httpModelConfig.js';
export { createOpenAIModel } from './models/http/createOpenAIModel.js';
export type { OpenAIModelConfig } from './models/http/openAIModelConfig.js';
export { ResponseCache, cachedModel } from './models/responseCache.js';

// Cross-validation splitters (scikit-learn 1.9 folds, numpy's RandomState for shuffles)
export { kFold } from './cv/kFold.js';
export { stratifiedKFold } from './cv/stratifiedKFold.js';
export { groupKFold } from './cv/groupKFold.js';
export { stratifiedGroupKFold } from './cv/stratifiedGroupKFold.js';
export { repeatedKFold, repeatedStratifiedKFold } from './cv/repeated.js';
export { holdout } from './cv/holdout.js';
export type { Fold, SplitResult } from './cv/splitTypes.js';
export { splitData, writeSplit, type SplitDataOptions } from './run/splitData.js';

// Data
export { readExamples } from './data/readExamples.js';
export { readAllExamples } from './data/readAllExamples.js';
export type { Example } from './data/example.js';
export type { FieldMap } from './data/fieldMap.js';
export type { ReadOptions, ReadStats, SkippedRow } from './data/readOptions.js';
export { findDuplicates } from './data/quality/findDuplicates.js';
export { findNearDuplicates } from './data/quality/findNearDuplicates.js';
export { findConflictingLabels } from './data/quality/findConflictingLabels.js';
export { findLeakage } from './data/quality/findLeakage.js';
export { classImbalance } from './data/quality/classImbalance.js';
export { findEmptyInputs } from './data/quality/findEmptyInputs.js';
export { findLongInputs } from './data/quality/findLongInputs.js';

// Metrics (pure; scikit-learn 1.9 semantics)
export type { Label, Average, ZeroDivision, MetricWarning } from './metrics/types.js';
export { sortLabels } from './metrics/sortLabels.js';
export { typeOfTarget } from './metrics/typeOfTarget.js';
export { confusionMatrix, type ConfusionMatrix } from './metrics/confusionMatrix.js';
export { ConfusionAccumulator } from './metrics/confusionAccumulator.js';
export { multilabelConfusionMatrix } from './metrics/multilabelConfusionMatrix.js';
export {
  precisionRecallFscoreSupport,
  precisionRecallFscoreSupportFromMatrix,
  type Prfs,
  type PrfsOptions,
  type PrfsMatrixOptions,
} from './metrics/precisionRecallFscoreSupport.js';
export { classificationReport, classificationReportFromMatrix, type ClassificationReport } from './metrics/classificationReport.js';
export { accuracyScore, accuracyScoreFromMatrix } from './metrics/accuracy.js';
export { balancedAccuracyScore, balancedAccuracyScoreFromMatrix } from './metrics/balancedAccuracy.js';
export { matthewsCorrcoef, matthewsCorrcoefFromMatrix } from './metrics/matthewsCorrcoef.js';
export { cohenKappaScore, cohenKappaScoreFromMatrix } from './metrics/cohenKappa.js';
export { hammingLoss, hammingLossFromMatrix } from './metrics/hammingLoss.js';
export { rocCurve, type RocCurve } from './metrics/rocCurve.js';
export { rocAucScore } from './metrics/rocAucScore.js';
export { rocAucVarianceDeLong } from './metrics/scoreDeLong.js';
export { prepareBinaryScores, type PreparedBinaryScores } from './metrics/scorePrepared.js';
export { precisionRecallCurve, type PrecisionRecallCurve } from './metrics/precisionRecallCurve.js';
export { averagePrecision } from './metrics/averagePrecision.js';
export { logLoss } from './metrics/logLoss.js';
export { brierScore } from './metrics/brierScore.js';
export { expectedCalibrationError, confidenceFromProbabilities, type CalibrationResult } from './metrics/calibration.js';
export { topKAccuracy } from './metrics/topKAccuracy.js';

// Robustness: perturbations, the minimal-edit search, templates and replay
export { makePerturbation, PERTURBATION_KINDS, describeKind, lexiconsNeeded, type PerturbationKind } from './perturb/catalog.js';
export { loadLexicons } from './run/loadLexicons.js';
export type { Perturbation, Site, Edit, AppliedEdit, Lexicons } from './perturb/types.js';
export { PRESETS, maxEditsFor, type Strength, type PresetName } from './perturb/presets.js';
export { editScript } from './perturb/editScript.js';
export { applyEdits, perturbedText } from './perturb/applyEdits.js';
export { previewEdits, type PreviewVariant } from './perturb/previewEdits.js';
export { searchEdit, replayScript, EvaluationError, type SearchOutcome, type TimeLimit } from './perturb/searchEdit.js';
export { judge, probabilityOf, sameLabel, type Expectation, type Answer, type CustomPredicate, type Verdict as PerturbationVerdict } from './perturb/expectation.js';
export { expandTemplate, templateKeys } from './perturb/expandTemplate.js';
export { textDiff, type DiffSegment } from './perturb/textDiff.js';
export { searchPerturbations, type SearchItem, type PerturbationRun } from './run/searchPerturbations.js';
export { templateCases } from './run/runTemplates.js';
export { replayCounterexample, type ReplayOutcome } from './run/replayCounterexample.js';

// Statistics and randomness
export { RandomState } from './cv/randomState.js';
export { seedFrom } from './cv/seedFrom.js';
export { wilsonInterval, type Interval } from './stats/wilson.js';
export { bootstrapCells, bootstrapRows, type BootstrapOptions, type BootstrapResult } from './stats/bootstrap.js';
export { quantileSorted } from './stats/quantile.js';
export { normalQuantile } from './stats/normalQuantile.js';
export { spread, type Spread } from './stats/tInterval.js';
export { bootstrapRowsMany } from './stats/bootstrap.js';
export { mcnemar, type McNemarResult } from './stats/mcnemar.js';
export { pairedBootstrapCells, pairedBootstrapRows, type PairedBootstrapOptions, type PairedBootstrapResult } from './stats/pairedBootstrap.js';
export { pairedCells, splitPairedCells } from './stats/pairedCells.js';
export { correctedTTest, type CorrectedTTestResult } from './stats/correctedTTest.js';
export { holm, type Correction } from './stats/holm.js';
export { benjaminiHochberg } from './stats/benjaminiHochberg.js';

// Problems and errors
export { EvalgateError, InvalidInputError, RunError, formatProblem, type Problem } from './problem.js';
export { VERSION } from './version.js';
