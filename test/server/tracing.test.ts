import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENTS, DEMO_STAFF, residentsNamedIn } from '../support/metrics-cast';
import { startTestHub, type TestHub } from '../support/test-hub';

const VIEW = `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName address rentArrears { amountYen } taxArrears { amountYen } } }`;

const spans = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
let hub: TestHub;

beforeAll(async () => {
  provider.register();
  hub = await startTestHub({ tracing: true });
});
afterAll(async () => {
  await hub?.close();
  await provider.shutdown();
});

describe('traces (OTEL_EXPORTER_OTLP_ENDPOINT or TSUNAGU_TRACING=on)', () => {
  it('span a request and its log append, in counts, with no resident, staff member or variable in any attribute', async () => {
    const response = await hub.query('housing-officer', VIEW, { n: DEMO_RESIDENTS.fallingBetween });
    expect(response.data.resident.rentArrears).toBeDefined();
    const finished = spans.getFinishedSpans();
    const request = finished.find((s) => s.name === 'graphql.request' && s.attributes['tsunagu.purpose'] === 'PUBLIC_HOUSING_MANAGEMENT');
    expect(request?.attributes).toMatchObject({ 'graphql.operation.type': 'query' });
    expect(Number(request?.attributes['tsunagu.decisions.allowed'])).toBeGreaterThan(0);
    expect(Number(request?.attributes['tsunagu.decisions.denied'])).toBeGreaterThan(0);
    const append = finished.find((s) => s.name === 'access_log.append');
    expect(Number(append?.attributes['tsunagu.log.records'])).toBeGreaterThanOrEqual(1);

    const everything = JSON.stringify(finished.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })));
    expect(residentsNamedIn(everything)).toEqual([]);
    for (const staff of DEMO_STAFF) expect(everything).not.toContain(`"${staff}"`);
  });
});
