-- `psql <database url> -f bench/log-format-probe.sql`: what the access log's rows would cost if a
-- request's residents decided alike went into one row (a "log format 4") instead of one row each
-- (format 3, today's), measured on any PostgreSQL in a schema of its own (`log_format_probe`,
-- dropped at the end). It is a probe for deciding that step, not an implementation: it times only
-- the inserts and the hashing each shape needs — the chain lock, the JSON and the round trip are the
-- same for every shape and left out. Three shapes, each filled first with the same 1,000,000
-- resident entries over 100,000 residents:
--
--   format3  one row per resident entry, the indexes the log has today ((subject, seq) among them);
--   gin      one row per request and decision set, its residents in a text[] under a GIN index
--            (fastupdate: entries go to the pending list and are merged later, by VACUUM or when
--            the list is full — the merge is timed on its own, `gin merge`);
--   narrow   the same one row, and one narrow (subject, seq) row per resident under a b-tree.
--
-- For 2, 50, 500 and 5,000 residents, the same residents every time (a caseload read again) and
-- different ones every time (random), it prints the median of 15 appends, ms, per resident µs and
-- the spread, then every round; the shapes take turns going first. Then it reads one resident's
-- newest 50 entries from each shape.
\set ON_ERROR_STOP on
\timing off
SET client_min_messages = notice;
DROP SCHEMA IF EXISTS log_format_probe CASCADE;
CREATE SCHEMA log_format_probe;
SET search_path = log_format_probe;

CREATE TABLE format3 (
  seq bigint PRIMARY KEY, recorded_at timestamptz NOT NULL, request_id text NOT NULL, action text NOT NULL,
  operation text, actor_code text, actor_role text, unit_code text, organisation_code text, purpose text,
  subject text, withheld_from_subject boolean NOT NULL, decision_set text NOT NULL, basis_record_ids text[],
  has_denial boolean NOT NULL, has_exceptional_basis boolean NOT NULL, prev_hash text NOT NULL, hash text NOT NULL);
CREATE TABLE batch (
  seq bigint PRIMARY KEY, recorded_at timestamptz NOT NULL, request_id text NOT NULL, action text NOT NULL,
  operation text, actor_code text, actor_role text, unit_code text, organisation_code text, purpose text,
  subjects text[] NOT NULL, decision_set text NOT NULL, has_denial boolean NOT NULL, has_exceptional_basis boolean NOT NULL,
  prev_hash text NOT NULL, hash text NOT NULL);
CREATE TABLE batch_narrow (LIKE batch);
ALTER TABLE batch_narrow ADD PRIMARY KEY (seq);
CREATE TABLE resident_entry (subject text NOT NULL, seq bigint NOT NULL);

-- 1,000,000 entries: requests of 8 residents each on average (1 to 15), one actor of 20 per request.
INSERT INTO format3
SELECT g, now() - interval '1 second' * (1000000 - g), 'r-' || (g / 8), 'READ', 'Probe', 'actor-' || (g / 8) % 20, 'ROLE', 'unit', 'city', 'PURPOSE',
       '1' || lpad((1 + (hashint8(g) & 2147483647) % 100000)::text, 9, '0'), false, encode(sha256(((g / 8) % 50)::text::bytea), 'hex'), NULL,
       false, false, encode(sha256(g::text::bytea), 'hex'), encode(sha256((g + 1)::text::bytea), 'hex')
  FROM generate_series(1, 1000000) AS g;
INSERT INTO batch
SELECT min(seq), min(recorded_at), request_id, 'READ', 'Probe', min(actor_code), 'ROLE', 'unit', 'city', 'PURPOSE', array_agg(subject ORDER BY seq),
       min(decision_set), false, false, min(prev_hash), min(hash)
  FROM format3 GROUP BY request_id;
INSERT INTO batch_narrow SELECT * FROM batch;
INSERT INTO resident_entry SELECT subject, seq FROM format3;
CREATE INDEX ON format3 (subject, seq);
CREATE INDEX ON format3 (actor_code, seq);
CREATE INDEX ON format3 (request_id);
CREATE INDEX ON format3 USING brin (recorded_at);
CREATE INDEX ON batch (actor_code, seq);
CREATE INDEX ON batch (request_id);
CREATE INDEX ON batch USING brin (recorded_at);
CREATE INDEX batch_subjects ON batch USING gin (subjects);
CREATE INDEX ON batch_narrow (actor_code, seq);
CREATE INDEX ON batch_narrow (request_id);
CREATE INDEX ON batch_narrow USING brin (recorded_at);
CREATE INDEX ON resident_entry (subject, seq);
VACUUM ANALYZE format3, batch, batch_narrow, resident_entry;
CHECKPOINT;

CREATE FUNCTION subjects_for(n int, round int, same boolean) RETURNS text[] LANGUAGE sql AS $$
  SELECT array_agg('1' || lpad((1 + (hashint8(i + CASE WHEN same THEN 0 ELSE round * 7919 + n END) & 2147483647) % 100000)::text, 9, '0'))
    FROM generate_series(1, n) AS i $$;

-- Each shape's append of `subjects` after `head`: the hashes it computes (one per row) and its inserts.
CREATE FUNCTION append_format3(subjects text[], head bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO format3
  SELECT head + i, now(), 'probe-' || head, 'READ', 'Probe', 'actor-1', 'ROLE', 'unit', 'city', 'PURPOSE', s, false, repeat('a', 64), NULL, false, false,
         repeat('0', 64), encode(sha256(convert_to(head + i || '|probe-' || head || '|READ|Probe|actor-1|ROLE|unit|city|PURPOSE|' || s || '|' || repeat('a', 64), 'UTF8')), 'hex')
    FROM unnest(subjects) WITH ORDINALITY AS u(s, i) $$;
CREATE FUNCTION append_gin(subjects text[], head bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO batch VALUES (head + 1, now(), 'probe-' || head, 'READ', 'Probe', 'actor-1', 'ROLE', 'unit', 'city', 'PURPOSE', subjects, repeat('a', 64), false, false,
         repeat('0', 64), encode(sha256(convert_to(head + 1 || '|probe-' || head || '|READ|Probe|actor-1|ROLE|unit|city|PURPOSE|' || array_to_string(subjects, ',') || '|' || repeat('a', 64), 'UTF8')), 'hex')) $$;
CREATE FUNCTION append_narrow(subjects text[], head bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO batch_narrow VALUES (head + 1, now(), 'probe-' || head, 'READ', 'Probe', 'actor-1', 'ROLE', 'unit', 'city', 'PURPOSE', subjects, repeat('a', 64), false, false,
         repeat('0', 64), encode(sha256(convert_to(head + 1 || '|probe-' || head || '|READ|Probe|actor-1|ROLE|unit|city|PURPOSE|' || array_to_string(subjects, ',') || '|' || repeat('a', 64), 'UTF8')), 'hex'));
  INSERT INTO resident_entry SELECT s, head + 1 FROM unnest(subjects) AS s $$;

CREATE TABLE timing (shape text, n int, same boolean, round int, ms float8);

DO $$
DECLARE
  head bigint := 2000000;
  started timestamptz;
  subjects text[];
  shape text;
  shapes text[] := ARRAY['format3', 'gin', 'narrow'];
BEGIN
  FOR round IN 1..15 LOOP
    -- Each shape goes first, second and third in turn.
    FOREACH shape IN ARRAY shapes[1 + round % 3 : 3] || shapes[1 : round % 3] LOOP
      FOR n_index IN 1..4 LOOP
        FOR same_index IN 0..1 LOOP
          subjects := subjects_for((ARRAY[2, 50, 500, 5000])[n_index], round, same_index = 1);
          head := head + 10000;
          started := clock_timestamp();
          EXECUTE format('SELECT append_%s($1, $2)', shape) USING subjects, head;
          INSERT INTO timing VALUES (shape, (ARRAY[2, 50, 500, 5000])[n_index], same_index = 1, round, extract(epoch FROM clock_timestamp() - started) * 1000);
        END LOOP;
      END LOOP;
    END LOOP;
  END LOOP;
  started := clock_timestamp();
  PERFORM gin_clean_pending_list('batch_subjects');
  INSERT INTO timing VALUES ('gin merge (all 15 rounds'' entries)', 0, NULL, NULL, extract(epoch FROM clock_timestamp() - started) * 1000);
END $$;

\echo 'Append: median of 15, ms (µs per resident; min–max ms)'
SELECT n AS residents, CASE WHEN same THEN 'same residents' ELSE 'random' END AS residents_are,
       string_agg(format('%s %s (%s; %s–%s)', shape, round(median::numeric, 2), round((median * 1000 / n)::numeric, 1), round(low::numeric, 2), round(high::numeric, 2)), '   ' ORDER BY shape)
         AS "shape ms (µs per resident; min–max ms)"
  FROM (SELECT shape, n, same, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS median, min(ms) AS low, max(ms) AS high
          FROM timing WHERE n > 0 GROUP BY shape, n, same) AS m
 GROUP BY n, same ORDER BY n, same DESC;
\echo 'Every round, ms'
SELECT n AS residents, CASE WHEN same THEN 'same' ELSE 'random' END AS residents_are, shape,
       string_agg(round(ms::numeric, 2)::text, ' ' ORDER BY round) AS "rounds 1–15"
  FROM timing WHERE n > 0 GROUP BY n, same, shape ORDER BY n, same DESC, shape;
SELECT shape, round(ms::numeric, 1) AS ms FROM timing WHERE n = 0;

\echo 'One resident''s newest 50 entries (the auditor''s search), ms, median of 15 residents'
CREATE TABLE reads (shape text, ms float8);
DO $$
DECLARE
  started timestamptz;
  who text;
BEGIN
  FOR k IN 1..15 LOOP
    who := '1' || lpad((1 + (hashint8(k * 31) & 2147483647) % 100000)::text, 9, '0');
    started := clock_timestamp();
    PERFORM * FROM format3 WHERE subject = who ORDER BY seq DESC LIMIT 50;
    INSERT INTO reads VALUES ('format3', extract(epoch FROM clock_timestamp() - started) * 1000);
    started := clock_timestamp();
    PERFORM * FROM batch WHERE subjects @> ARRAY[who] ORDER BY seq DESC LIMIT 50;
    INSERT INTO reads VALUES ('gin', extract(epoch FROM clock_timestamp() - started) * 1000);
    started := clock_timestamp();
    PERFORM b.* FROM resident_entry r JOIN batch_narrow b ON b.seq = r.seq WHERE r.subject = who ORDER BY r.seq DESC LIMIT 50;
    INSERT INTO reads VALUES ('narrow', extract(epoch FROM clock_timestamp() - started) * 1000);
  END LOOP;
END $$;
SELECT shape, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 2) AS median_ms, round(max(ms)::numeric, 2) AS max_ms FROM reads GROUP BY shape ORDER BY shape;

SELECT 'format3' AS shape, pg_size_pretty(pg_total_relation_size('format3')) AS size
UNION ALL SELECT 'gin', pg_size_pretty(pg_total_relation_size('batch'))
UNION ALL SELECT 'narrow', pg_size_pretty(pg_total_relation_size('batch_narrow') + pg_total_relation_size('resident_entry'));

RESET search_path;
DROP SCHEMA log_format_probe CASCADE;
