/**
 * CloudBase Node runtimes (`Nodejs20.19` …) against the Node that runs local-cloud. A function
 * runs here on this Node: if its runtime is another major, APIs of this Node that the runtime
 * lacks (or the other way round) would pass here and fail there, so local-cloud refuses to run it.
 */

/** The Node major of a CloudBase runtime name; undefined for a name that is not `NodejsX.Y`. */
export function nodeMajorOf(runtime: string): number | undefined {
  const m = /^Nodejs(\d+)\.\d+$/.exec(runtime);
  return m ? Number(m[1]) : undefined;
}

/** The Node major local-cloud runs on. */
export const LOCAL_NODE_MAJOR = Number(process.versions.node.split('.')[0]);

/** esbuild's target for a runtime (its Node major), or this Node's when none is declared. */
export function esbuildTarget(runtime: string | undefined): string {
  const major = runtime ? nodeMajorOf(runtime) : LOCAL_NODE_MAJOR;
  if (major === undefined) throw new Error(`unknown CloudBase runtime ${runtime}`);
  return `node${major}`;
}

/** Why a function declared for `runtime` cannot run faithfully here; undefined when it can. */
export function runtimeMismatch(name: string, runtime: string | undefined): string | undefined {
  if (runtime === undefined) return undefined;
  const major = nodeMajorOf(runtime);
  if (major === undefined)
    return `function ${name}: runtime "${runtime}" is not a CloudBase Node runtime (NodejsX.Y)`;
  if (major !== LOCAL_NODE_MAJOR)
    return `function ${name} runs on ${runtime} on CloudBase but local-cloud runs Node ${process.versions.node}: run local-cloud on Node ${major}, or declare the runtime of this Node`;
  return undefined;
}
