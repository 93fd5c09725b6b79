import { materializeFeatureView, type MaterializeRequest } from '@loopline/features';
import { serveWorkerThread } from '@loopline/jobs';

// The whole materialization (columnar reads, windows, fitting, encoding, file writes) runs here,
// off the service's event loop, so probes answer and the Kafka consumer keeps its membership.
serveWorkerThread((request: Omit<MaterializeRequest, 'onProgress'>, onProgress) =>
  materializeFeatureView({ ...request, onProgress }),
);
