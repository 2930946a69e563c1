/** The world of the report and review tests: an admin per area, a verified company, a worker. */
import { ADMIN, ADMIN_ZIZHONG, startBackend, type Backend } from '../fixtures/backend/harness';
import { loginAdmin, loginWorker, verifiedEmployer } from '../fixtures/backend/flows';

export const HR = 'o-hr-quanxing';
export const WORKER = 'o-worker-lcm';

/** A backend with 人社局 admins of 浦北 and 资中, 泉兴's HR (verified) and a logged-in worker. */
export async function startReviewWorld(): Promise<Backend> {
  const backend = await startBackend();
  await loginAdmin(backend);
  await loginAdmin(backend, ADMIN_ZIZHONG);
  await verifiedEmployer(backend, HR);
  await loginWorker(backend, WORKER);
  return backend;
}

export { ADMIN, ADMIN_ZIZHONG };

type StoredJob = {
  _id: string;
  status: string;
  flags: unknown[];
  pendingReview: boolean;
  reviewNote?: string;
};

/** The post as stored. */
export const stored = async (backend: Backend, jobId: string) =>
  ((await backend.snapshot()).jobs as StoredJob[]).find((j) => j._id === jobId)!;

/** The reports of a post as stored. */
export const reportsOf = async (backend: Backend, jobId: string) =>
  (
    (await backend.snapshot()).reports as {
      jobId: string;
      status: string;
      outcome?: string;
      explanation?: string;
    }[]
  ).filter((r) => r.jobId === jobId);
