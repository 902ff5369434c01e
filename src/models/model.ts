import type { Label } from '../metrics/types.js';

/** Who a model is: used for caching (with the input and parameters) and shown in every output. */
export interface ModelIdentity {
  /** e.g. `builtin:naive-bayes`, `http:https://host/predict`. */
  name: string;
  version?: string;
  /** The parameters that change its answers (never secrets). */
  parameters: Record<string, unknown>;
}

/** One answer of a model for one input. A failed call carries `error` and nothing else is trusted. */
export interface Prediction {
  /** The predicted label (classifiers) or labels (multi-label). */
  label?: Label | Label[];
  /** Generated text (text models). */
  text?: string;
  /** Class probabilities, keyed by label. */
  probabilities?: Record<string, number>;
  /** One probability (binary: of the positive label). */
  score?: number;
  /** Why the call failed, after retries. */
  error?: string;
  /** Wall time of the call in milliseconds, when measured. */
  latencyMs?: number;
  /** True when a secret (or a piece of one) was redacted from this answer (journaled as the record's `redacted`). */
  redacted?: true;
}

/** A training example for `fit`. */
export interface TrainingExample {
  input: unknown;
  label: Label | Label[];
}

/**
 * What a caller may hand `predict` besides the inputs. Both are optional for an adapter: one that
 * answers a whole batch at once may ignore `onAnswer` (use {@link callPredict}, which reports
 * the answers it did not), an in-process one may ignore `signal`.
 */
export interface PredictOptions {
  /**
   * Called once per input, with its index in `inputs`, as soon as that input's answer is known
   * (in any order), so that the caller can journal it in the event-loop turn it arrives.
   */
  onAnswer?: (index: number, answer: Prediction) => void;
  /**
   * Once aborted, send no new request: the calls in flight may finish (their answers still reach
   * `onAnswer`), then predict rejects with the signal's reason.
   */
  signal?: AbortSignal;
}

/**
 * The one interface every model under test implements: predict a batch of inputs, in order; a
 * trainable model also fits on examples and returns the fitted model (it never mutates itself).
 */
export interface Model {
  readonly identity: ModelIdentity;
  /** The classes it predicts, in the order of its probabilities, once known. */
  readonly classes?: readonly Label[];
  predict(inputs: readonly unknown[], opts?: PredictOptions): Promise<Prediction[]>;
  fit?(examples: readonly TrainingExample[]): Promise<Model>;
  close?(): Promise<void>;
}
