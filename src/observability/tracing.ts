import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** The hub's tracer: a no-op until an SDK is registered (startTracing, or a test's own provider). */
export const tracer = trace.getTracer('tsunagu-hub');

/**
 * OpenTelemetry traces to the OTLP/HTTP endpoint of OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads
 * the standard OTEL_* variables itself). Spans carry operation types, counts and outcomes — never a
 * resident, a staff member, a variable or a document's text (README "Metrics and traces").
 */
export function startTracing(): () => Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? 'tsunagu-hub' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  return () => provider.shutdown();
}
