// What the runner knows about one generator: how to make its output, compile it, probe the union in
// it and (optionally) run the scenario with it.
import type { Outcome } from './exec.ts';

export interface ScenarioEnv {
  SCENARIO: string;
}

export interface Generator {
  /** The folder under generated/ and the name of its probe and scenario files. */
  id: string;
  /** As the report names it. */
  generator: string;
  version: string;
  language: 'TypeScript' | 'Python' | 'Go';
  generate(out: string): Promise<Outcome>;
  /** Compiles the output (and, where the language has one, a type check); a TypeScript output is also imported. */
  compile(out: string): Promise<Outcome>;
  /** Checks that testing `conversationType` gives `conversationWith` the branch's own type. */
  probe(out: string): Promise<Outcome>;
  scenario?: {
    run(out: string, env: ScenarioEnv): Promise<Outcome>;
    /** The error class the 404 must arrive as. */
    error: string;
  };
  /**
   * Shortcomings of the generator (not of the spec) that this run expects, each with its reason: the
   * report's `note`. A shortcoming that no longer shows fails the run, so notes stay true.
   */
  upstream?: { compileFails?: string; unionLost?: string };
  /** Said in the report whatever the outcome (e.g. how the client had to be configured). */
  remark?: string;
}
