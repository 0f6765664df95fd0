--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit_event_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;


--
-- Name: task_tally_advance(date, timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.task_tally_advance(new_due_before date, new_verified_before timestamp with time zone) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    c task_tally_clock;
    moved integer;
    more integer;
BEGIN
    LOCK TABLE task IN SHARE MODE;
    SELECT * INTO c FROM task_tally_clock WHERE id = 1 FOR UPDATE;
    INSERT INTO task_tally_delta
    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, 0, 0,
           sum(CASE WHEN t.planned_end < new_due_before THEN 1 ELSE -1 END), 0
      FROM task t JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
     WHERE t.status <> 'completed'
       AND t.planned_end >= least(c.due_before, new_due_before) AND t.planned_end < greatest(c.due_before, new_due_before)
     GROUP BY 1, 2, 3, 4;
    GET DIAGNOSTICS moved = ROW_COUNT;
    INSERT INTO task_tally_delta
    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, 0, 0, 0,
           sum(CASE WHEN t.last_verified_at < new_verified_before THEN 1 ELSE -1 END)
      FROM task t JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
     WHERE t.status <> 'completed'
       AND t.last_verified_at >= least(c.verified_before, new_verified_before)
       AND t.last_verified_at < greatest(c.verified_before, new_verified_before)
     GROUP BY 1, 2, 3, 4;
    GET DIAGNOSTICS more = ROW_COUNT;
    UPDATE task_tally_clock SET due_before = new_due_before, verified_before = new_verified_before WHERE id = 1;
    RETURN moved + more;
END;
$$;


--
-- Name: task_tally_compact(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.task_tally_compact() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    folded integer;
BEGIN
    IF NOT pg_try_advisory_xact_lock(720260001) THEN
        RETURN 0;
    END IF;
    WITH gone AS (DELETE FROM task_tally_delta RETURNING *)
    INSERT INTO task_tally AS t
    SELECT region_id, factor_code, milestone_code, status, sum(tasks), sum(progress_sum), sum(overdue), sum(stale)
      FROM gone GROUP BY region_id, factor_code, milestone_code, status
    ON CONFLICT (region_id, factor_code, milestone_code, status) DO UPDATE
       SET tasks = t.tasks + EXCLUDED.tasks, progress_sum = t.progress_sum + EXCLUDED.progress_sum,
           overdue = t.overdue + EXCLUDED.overdue, stale = t.stale + EXCLUDED.stale;
    GET DIAGNOSTICS folded = ROW_COUNT;
    IF folded > 0 THEN
        DELETE FROM task_tally WHERE tasks = 0 AND progress_sum = 0 AND overdue = 0 AND stale = 0;
    END IF;
    RETURN folded;
END;
$$;


--
-- Name: task_tally_rebuild(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.task_tally_rebuild() RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    LOCK TABLE task IN SHARE MODE;
    DELETE FROM task_tally_delta;
    DELETE FROM task_tally;
    INSERT INTO task_tally
    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, count(*), sum(t.progress),
           count(*) FILTER (WHERE t.status <> 'completed' AND t.planned_end < c.due_before),
           count(*) FILTER (WHERE t.status <> 'completed' AND t.last_verified_at < c.verified_before)
      FROM task t JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
     CROSS JOIN task_tally_clock c
     GROUP BY 1, 2, 3, 4;
END;
$$;


--
-- Name: task_tally_refactor(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.task_tally_refactor() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    LOCK TABLE task IN SHARE MODE; -- no task write between the counts moved and the new factor
    INSERT INTO task_tally_delta
    SELECT t.region_id, f.factor_code, t.milestone_code, t.status, f.sign * count(*), f.sign * sum(t.progress),
           f.sign * count(*) FILTER (WHERE t.status <> 'completed' AND t.planned_end < c.due_before),
           f.sign * count(*) FILTER (WHERE t.status <> 'completed' AND t.last_verified_at < c.verified_before)
      FROM task t JOIN measure m ON m.code = t.measure_code AND m.item_number = NEW.number
     CROSS JOIN (VALUES (OLD.factor_code, -1), (NEW.factor_code, 1)) f (factor_code, sign)
     CROSS JOIN task_tally_clock c
     GROUP BY t.region_id, f.factor_code, f.sign, t.milestone_code, t.status;
    RETURN NULL;
END;
$$;


--
-- Name: task_tally_track(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.task_tally_track() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO task_tally_delta
        SELECT n.region_id, i.factor_code, n.milestone_code, n.status, count(*), sum(n.progress),
               count(*) FILTER (WHERE n.status <> 'completed' AND n.planned_end < c.due_before),
               count(*) FILTER (WHERE n.status <> 'completed' AND n.last_verified_at < c.verified_before)
          FROM new_rows n JOIN measure m ON m.code = n.measure_code JOIN plan_item i ON i.number = m.item_number
         CROSS JOIN task_tally_clock c
         GROUP BY 1, 2, 3, 4;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO task_tally_delta
        SELECT o.region_id, i.factor_code, o.milestone_code, o.status, -count(*), -sum(o.progress),
               -count(*) FILTER (WHERE o.status <> 'completed' AND o.planned_end < c.due_before),
               -count(*) FILTER (WHERE o.status <> 'completed' AND o.last_verified_at < c.verified_before)
          FROM old_rows o JOIN measure m ON m.code = o.measure_code JOIN plan_item i ON i.number = m.item_number
         CROSS JOIN task_tally_clock c
         GROUP BY 1, 2, 3, 4;
    ELSE
        INSERT INTO task_tally_delta
        SELECT d.region_id, i.factor_code, d.milestone_code, d.status, sum(d.n), sum(d.progress),
               coalesce(sum(d.n) FILTER (WHERE d.status <> 'completed' AND d.planned_end < c.due_before), 0),
               coalesce(sum(d.n) FILTER (WHERE d.status <> 'completed' AND d.last_verified_at < c.verified_before), 0)
          FROM (SELECT n.region_id, n.measure_code, n.milestone_code, n.status, 1 AS n, n.progress, n.planned_end,
                       n.last_verified_at FROM new_rows n
                UNION ALL
                SELECT o.region_id, o.measure_code, o.milestone_code, o.status, -1, -o.progress, o.planned_end,
                       o.last_verified_at FROM old_rows o) d
          JOIN measure m ON m.code = d.measure_code JOIN plan_item i ON i.number = m.item_number
         CROSS JOIN task_tally_clock c
         GROUP BY 1, 2, 3, 4
        HAVING sum(d.n) <> 0 OR sum(d.progress) <> 0
            OR coalesce(sum(d.n) FILTER (WHERE d.status <> 'completed' AND d.planned_end < c.due_before), 0) <> 0
            OR coalesce(sum(d.n) FILTER (WHERE d.status <> 'completed' AND d.last_verified_at < c.verified_before), 0) <> 0;
    END IF;
    RETURN NULL;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: access_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_token (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    kind text NOT NULL,
    name text,
    token_hash text NOT NULL,
    read_only boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    CONSTRAINT access_token_kind_check CHECK ((kind = ANY (ARRAY['session'::text, 'api'::text])))
);


--
-- Name: access_token_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.access_token_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: access_token_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.access_token_id_seq OWNED BY public.access_token.id;


--
-- Name: account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account (
    id bigint NOT NULL,
    username text NOT NULL,
    display_name text NOT NULL,
    email text,
    password_hash text NOT NULL,
    role text NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT account_role_check CHECK ((role = ANY (ARRAY['viewer'::text, 'official'::text, 'admin'::text])))
);


--
-- Name: account_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.account_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.account_id_seq OWNED BY public.account.id;


--
-- Name: account_region; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_region (
    account_id bigint NOT NULL,
    region_id bigint NOT NULL
);


--
-- Name: audit_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_event (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id bigint,
    actor_name text NOT NULL,
    address text,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text,
    before jsonb,
    after jsonb
);


--
-- Name: audit_event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_event_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_event_id_seq OWNED BY public.audit_event.id;


--
-- Name: dataset_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dataset_state (
    name text NOT NULL,
    version integer NOT NULL,
    loaded_at timestamp with time zone NOT NULL
);


--
-- Name: factor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.factor (
    code text NOT NULL,
    number integer NOT NULL,
    numeral_zh text NOT NULL,
    title_zh text NOT NULL,
    title_en text NOT NULL,
    source text NOT NULL,
    source_note text
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: login_failure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_failure (
    id bigint NOT NULL,
    username text NOT NULL,
    address text NOT NULL,
    failed_at timestamp with time zone NOT NULL
);


--
-- Name: login_failure_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.login_failure_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: login_failure_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.login_failure_id_seq OWNED BY public.login_failure.id;


--
-- Name: measure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measure (
    code text NOT NULL,
    item_number integer NOT NULL,
    seq integer NOT NULL,
    kind text NOT NULL,
    text_zh text NOT NULL,
    summary_en text,
    source text NOT NULL,
    CONSTRAINT measure_kind_check CHECK ((kind = ANY (ARRAY['action'::text, 'target'::text, 'principle'::text, 'guidance'::text, 'parameter'::text])))
);


--
-- Name: milestone; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.milestone (
    code text NOT NULL,
    due_on date NOT NULL,
    title_zh text NOT NULL,
    title_en text NOT NULL,
    text_zh text NOT NULL,
    measure_code text,
    observed_status text,
    observed_note text,
    source text NOT NULL,
    override_status text,
    override_reason text,
    override_by text,
    override_at timestamp with time zone
);


--
-- Name: plan_document; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plan_document (
    id integer NOT NULL,
    title_zh text NOT NULL,
    title_en text NOT NULL,
    issuer_zh text NOT NULL,
    issuer_en text NOT NULL,
    doc_number text NOT NULL,
    issued_on date NOT NULL,
    published_on date NOT NULL,
    period_start integer NOT NULL,
    period_end integer NOT NULL,
    preamble_zh text,
    notice_zh text,
    sources jsonb DEFAULT '[]'::jsonb NOT NULL,
    CONSTRAINT plan_document_id_check CHECK ((id = 1))
);


--
-- Name: plan_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plan_item (
    number integer NOT NULL,
    numeral_zh text NOT NULL,
    factor_code text NOT NULL,
    title_zh text NOT NULL,
    title_en text NOT NULL,
    source text NOT NULL,
    source_note text
);


--
-- Name: region; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.region (
    id bigint NOT NULL,
    code text NOT NULL,
    name_zh text NOT NULL,
    name_en text NOT NULL,
    type text NOT NULL,
    provinces text[] DEFAULT '{}'::text[] NOT NULL,
    cities text[] DEFAULT '{}'::text[] NOT NULL,
    approval_doc_number text,
    approval_title text,
    approved_on date,
    term_end date,
    notes text,
    source_urls text[] DEFAULT '{}'::text[] NOT NULL,
    demo boolean DEFAULT false NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT region_check CHECK (((term_end IS NULL) OR (approved_on IS NULL) OR (term_end >= approved_on))),
    CONSTRAINT region_type_check CHECK ((type = ANY (ARRAY['city_cluster'::text, 'metropolitan_area'::text, 'central_city'::text, 'sub_centre'::text])))
);


--
-- Name: region_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.region_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: region_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.region_id_seq OWNED BY public.region.id;


--
-- Name: status_update; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.status_update (
    id bigint NOT NULL,
    task_id bigint NOT NULL,
    task_version integer NOT NULL,
    status text NOT NULL,
    progress integer NOT NULL,
    previous_status text,
    previous_progress integer,
    comment text,
    evidence jsonb DEFAULT '[]'::jsonb NOT NULL,
    author text NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    demo boolean DEFAULT false NOT NULL,
    actual_start date,
    actual_end date,
    external_key text,
    CONSTRAINT status_update_external_key_check CHECK (((external_key IS NULL) OR ((length(external_key) >= 1) AND (length(external_key) <= 100)))),
    CONSTRAINT status_update_progress_check CHECK (((progress >= 0) AND (progress <= 100)))
);


--
-- Name: status_update_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.status_update_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: status_update_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.status_update_id_seq OWNED BY public.status_update.id;


--
-- Name: task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task (
    id bigint NOT NULL,
    region_id bigint NOT NULL,
    measure_code text NOT NULL,
    milestone_code text NOT NULL,
    title_zh text NOT NULL,
    title_en text,
    description_zh text,
    description_en text,
    responsible_unit text NOT NULL,
    baseline_start date NOT NULL,
    baseline_end date NOT NULL,
    planned_start date NOT NULL,
    planned_end date NOT NULL,
    actual_start date,
    actual_end date,
    status text NOT NULL,
    progress integer NOT NULL,
    last_verified_at timestamp with time zone NOT NULL,
    implementation_doc_number text,
    implementation_doc_url text,
    demo boolean DEFAULT false NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    internal_note text,
    external_key text,
    CONSTRAINT task_check CHECK ((baseline_end >= baseline_start)),
    CONSTRAINT task_check1 CHECK ((planned_end >= planned_start)),
    CONSTRAINT task_check2 CHECK (((actual_end IS NULL) OR (actual_start IS NULL) OR (actual_end >= actual_start))),
    CONSTRAINT task_external_key_check CHECK (((external_key IS NULL) OR ((length(external_key) >= 1) AND (length(external_key) <= 100)))),
    CONSTRAINT task_progress_check CHECK (((progress >= 0) AND (progress <= 100))),
    CONSTRAINT task_status_check CHECK ((status = ANY (ARRAY['not_started'::text, 'in_progress'::text, 'completed'::text, 'delayed'::text, 'suspended'::text])))
);


--
-- Name: task_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.task_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: task_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.task_id_seq OWNED BY public.task.id;


--
-- Name: task_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_revision (
    id bigint NOT NULL,
    task_id bigint NOT NULL,
    task_version integer NOT NULL,
    previous_planned_start date NOT NULL,
    previous_planned_end date NOT NULL,
    planned_start date NOT NULL,
    planned_end date NOT NULL,
    reason text NOT NULL,
    author text NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    demo boolean DEFAULT false NOT NULL
);


--
-- Name: task_revision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.task_revision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: task_revision_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.task_revision_id_seq OWNED BY public.task_revision.id;


--
-- Name: task_tally; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_tally (
    region_id bigint NOT NULL,
    factor_code text NOT NULL,
    milestone_code text NOT NULL,
    status text NOT NULL,
    tasks bigint NOT NULL,
    progress_sum bigint NOT NULL,
    overdue bigint NOT NULL,
    stale bigint NOT NULL
);


--
-- Name: task_tally_clock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_tally_clock (
    id integer NOT NULL,
    due_before date NOT NULL,
    verified_before timestamp with time zone NOT NULL,
    CONSTRAINT task_tally_clock_id_check CHECK ((id = 1))
);


--
-- Name: task_tally_delta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_tally_delta (
    region_id bigint NOT NULL,
    factor_code text NOT NULL,
    milestone_code text NOT NULL,
    status text NOT NULL,
    tasks bigint NOT NULL,
    progress_sum bigint NOT NULL,
    overdue bigint NOT NULL,
    stale bigint NOT NULL
);


--
-- Name: webhook; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.webhook (
    id bigint NOT NULL,
    url text NOT NULL,
    events text[] NOT NULL,
    description text,
    secret text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_by text NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT webhook_events_check CHECK ((cardinality(events) > 0)),
    CONSTRAINT webhook_url_check CHECK ((length(url) <= 2000))
);


--
-- Name: webhook_delivery; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.webhook_delivery (
    id bigint NOT NULL,
    webhook_id bigint NOT NULL,
    event_type text NOT NULL,
    event_id uuid NOT NULL,
    payload jsonb NOT NULL,
    status text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    claim_token uuid,
    last_attempt_at timestamp with time zone,
    last_status_code integer,
    last_error text,
    created_at timestamp with time zone NOT NULL,
    delivered_at timestamp with time zone,
    CONSTRAINT webhook_delivery_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'delivered'::text, 'failed'::text])))
);


--
-- Name: webhook_delivery_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.webhook_delivery_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: webhook_delivery_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.webhook_delivery_id_seq OWNED BY public.webhook_delivery.id;


--
-- Name: webhook_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.webhook_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: webhook_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.webhook_id_seq OWNED BY public.webhook.id;


--
-- Name: webhook_milestone_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.webhook_milestone_state (
    milestone_code text NOT NULL,
    status text NOT NULL,
    changed_at timestamp with time zone NOT NULL
);


--
-- Name: access_token id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_token ALTER COLUMN id SET DEFAULT nextval('public.access_token_id_seq'::regclass);


--
-- Name: account id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account ALTER COLUMN id SET DEFAULT nextval('public.account_id_seq'::regclass);


--
-- Name: audit_event id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_event ALTER COLUMN id SET DEFAULT nextval('public.audit_event_id_seq'::regclass);


--
-- Name: login_failure id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failure ALTER COLUMN id SET DEFAULT nextval('public.login_failure_id_seq'::regclass);


--
-- Name: region id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region ALTER COLUMN id SET DEFAULT nextval('public.region_id_seq'::regclass);


--
-- Name: status_update id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.status_update ALTER COLUMN id SET DEFAULT nextval('public.status_update_id_seq'::regclass);


--
-- Name: task id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task ALTER COLUMN id SET DEFAULT nextval('public.task_id_seq'::regclass);


--
-- Name: task_revision id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_revision ALTER COLUMN id SET DEFAULT nextval('public.task_revision_id_seq'::regclass);


--
-- Name: webhook id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook ALTER COLUMN id SET DEFAULT nextval('public.webhook_id_seq'::regclass);


--
-- Name: webhook_delivery id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook_delivery ALTER COLUMN id SET DEFAULT nextval('public.webhook_delivery_id_seq'::regclass);


--
-- Data for Name: access_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.access_token (id, account_id, kind, name, token_hash, read_only, created_at, expires_at, last_used_at, revoked_at) FROM stdin;
1	1	session	sign-in	bc8cf27da15da1bba9da4775f273aa40c9b4cc97ebcd445250d933125bc764b5	f	2026-12-02 15:15:40.29009+00	2026-12-03 03:15:40.287722+00	2026-12-02 15:15:40.657769+00	\N
\.


--
-- Data for Name: account; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account (id, username, display_name, email, password_hash, role, disabled, version, created_at, updated_at) FROM stdin;
1	admin	Administrator	\N	$2a$12$zNcvEzPnFRMJHgimm7HUmOZj6BCs3BbJU6YsjRf.5AeFuRu4zQXK2	admin	f	0	2026-12-02 15:15:24.693053+00	2026-12-02 15:15:24.693071+00
\.


--
-- Data for Name: account_region; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account_region (account_id, region_id) FROM stdin;
\.


--
-- Data for Name: audit_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_event (id, at, actor_id, actor_name, address, action, entity_type, entity_id, before, after) FROM stdin;
1	2026-12-02 15:15:22.860124+00	\N	anonymous	\N	region.create	region	beijing-sub-centre	\N	{"code": "beijing-sub-centre", "demo": false, "type": "sub_centre", "notes": "SCMP/newsbeep describes it as Beijing's Tongzhou district; exact pilot boundary not verified. Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": [], "nameEn": "Beijing Municipal Sub-centre (Tongzhou)", "nameZh": "北京城市副中心", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["北京市"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}
2	2026-12-02 15:15:23.109385+00	\N	anonymous	\N	region.create	region	sunan	\N	{"code": "sunan", "demo": false, "type": "city_cluster", "notes": "Which southern-Jiangsu cities are included was not found in any reachable source. Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": [], "nameEn": "Key cities of southern Jiangsu (Sunan)", "nameZh": "苏南重点城市", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["江苏省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}
3	2026-12-02 15:15:23.186882+00	\N	anonymous	\N	region.create	region	hangzhou-ningbo-wenzhou	\N	{"code": "hangzhou-ningbo-wenzhou", "demo": false, "type": "city_cluster", "notes": "Member cities: expanded from the abbreviation 杭甬温; no source text listing them was read. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": ["杭州市", "宁波市", "温州市"], "nameEn": "Hangzhou-Ningbo-Wenzhou", "nameZh": "杭甬温", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["浙江省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}
4	2026-12-02 15:15:23.258094+00	\N	anonymous	\N	region.create	region	hefei-metro	\N	{"code": "hefei-metro", "demo": false, "type": "metropolitan_area", "notes": "The pilot's boundary was not verified (the 2024 Hefei metropolitan-area plan covers Hefei plus 7 nearby counties/districts, but that is a different document). Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": [], "nameEn": "Hefei Metropolitan Area", "nameZh": "合肥都市圈", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["安徽省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}
5	2026-12-02 15:15:23.297809+00	\N	anonymous	\N	region.create	region	fuzhou-xiamen-quanzhou	\N	{"code": "fuzhou-xiamen-quanzhou", "demo": false, "type": "city_cluster", "notes": "Member cities: expanded from the abbreviation 福厦泉; no source text listing them was read. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": ["福州市", "厦门市", "泉州市"], "nameEn": "Fuzhou-Xiamen-Quanzhou", "nameZh": "福厦泉", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["福建省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}
6	2026-12-02 15:15:23.312711+00	\N	anonymous	\N	region.create	region	zhengzhou	\N	{"code": "zhengzhou", "demo": false, "type": "central_city", "notes": "Member cities: zzwb.cn: 试点范围包括郑州市全域. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": ["郑州市"], "nameEn": "Zhengzhou", "nameZh": "郑州市", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["河南省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}
7	2026-12-02 15:15:23.336267+00	\N	anonymous	\N	region.create	region	changsha-zhuzhou-xiangtan	\N	{"code": "changsha-zhuzhou-xiangtan", "demo": false, "type": "metropolitan_area", "notes": "Member cities: addressees of 湘政办发〔2025〕53号. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": ["长沙市", "株洲市", "湘潭市"], "nameEn": "Changsha-Zhuzhou-Xiangtan", "nameZh": "长株潭", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["湖南省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}
8	2026-12-02 15:15:23.394385+00	\N	anonymous	\N	region.create	region	gba-mainland-nine	\N	{"code": "gba-mainland-nine", "demo": false, "type": "city_cluster", "notes": "Member cities: nfnews.com 2025-09-15. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": ["广州市", "深圳市", "珠海市", "佛山市", "惠州市", "东莞市", "中山市", "江门市", "肇庆市"], "nameEn": "Nine mainland cities of the Guangdong-Hong Kong-Macao Greater Bay Area", "nameZh": "粤港澳大湾区内地九市", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["广东省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710", "https://www.nfnews.com/content/5ypp0dwZyp.html"]}
9	2026-12-02 15:15:23.429917+00	\N	anonymous	\N	region.create	region	chongqing	\N	{"code": "chongqing", "demo": false, "type": "central_city", "notes": "Whole municipality (province-level); the type label is approximate. Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": [], "nameEn": "Chongqing", "nameZh": "重庆市", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["重庆市"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710", "http://fzggw.cq.gov.cn/zwgk/zfxxgkml/zcjd/202512/t20251205_15215489.html"]}
10	2026-12-02 15:15:23.470221+00	\N	anonymous	\N	region.create	region	chengdu	\N	{"code": "chengdu", "demo": false, "type": "central_city", "notes": "Pilot boundary (whole city or part) not verified. Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": [], "nameEn": "Chengdu", "nameZh": "成都市", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["四川省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}
11	2026-12-02 15:15:24.735633+00	\N	anonymous	\N	user.bootstrap_admin	user	admin	\N	{"id": 1, "role": "admin", "regions": [], "version": 0, "disabled": false, "username": "admin", "createdAt": "2026-12-02T15:15:24.693053132Z", "updatedAt": "2026-12-02T15:15:24.693071296Z", "displayName": "Administrator"}
12	2026-12-02 15:15:25.692291+00	\N	anonymous	\N	task.revise	task	2	{"id": 2, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Encourage supplying industrial land through long-term leases", "titleZh": "鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地", "version": 6, "progress": 40, "slipDays": 0, "createdAt": "2025-09-29T02:00:00Z", "updatedAt": "2026-07-09T02:00:00Z", "factorCode": "land", "plannedEnd": "2027-04-26", "regionCode": "beijing-sub-centre", "actualStart": "2025-10-21", "baselineEnd": "2027-04-26", "measureCode": "6.1", "plannedStart": "2025-10-19", "regionNameEn": "Beijing Municipal Sub-centre (Tongzhou)", "regionNameZh": "北京城市副中心", "baselineStart": "2025-10-19", "descriptionZh": "鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地。", "milestoneCode": "2025", "lastVerifiedAt": "2026-07-09T02:00:00Z", "responsibleUnit": "北京城市副中心自然资源主管部门", "implementationDocNumber": "国函〔2025〕86号"}	{"id": 2, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Encourage supplying industrial land through long-term leases", "titleZh": "鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地", "version": 7, "progress": 40, "slipDays": 90, "createdAt": "2025-09-29T02:00:00Z", "updatedAt": "2026-08-07T02:00:00Z", "factorCode": "land", "plannedEnd": "2027-07-25", "regionCode": "beijing-sub-centre", "actualStart": "2025-10-21", "baselineEnd": "2027-04-26", "measureCode": "6.1", "plannedStart": "2025-10-19", "regionNameEn": "Beijing Municipal Sub-centre (Tongzhou)", "regionNameZh": "北京城市副中心", "baselineStart": "2025-10-19", "descriptionZh": "鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地。", "milestoneCode": "2025", "lastVerifiedAt": "2026-07-09T02:00:00Z", "responsibleUnit": "北京城市副中心自然资源主管部门", "implementationDocNumber": "国函〔2025〕86号"}
13	2026-12-02 15:15:26.600756+00	\N	anonymous	\N	task.revise	task	17	{"id": 17, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Accelerate development of the human-resources services industry", "titleZh": "加快发展人力资源服务业", "version": 6, "progress": 40, "slipDays": 0, "createdAt": "2025-10-05T02:00:00Z", "updatedAt": "2026-06-26T02:00:00Z", "factorCode": "labour", "plannedEnd": "2027-04-04", "regionCode": "changsha-zhuzhou-xiangtan", "actualStart": "2025-10-25", "baselineEnd": "2027-04-04", "measureCode": "11.6", "plannedStart": "2025-10-25", "regionNameEn": "Changsha-Zhuzhou-Xiangtan", "regionNameZh": "长株潭", "baselineStart": "2025-10-25", "descriptionZh": "加快发展人力资源服务业，把服务就业的规模和质量等作为衡量行业发展成效的首要标准。", "milestoneCode": "2025", "lastVerifiedAt": "2026-06-26T02:00:00Z", "responsibleUnit": "长株潭人力资源社会保障部门", "implementationDocNumber": "国函〔2025〕86号"}	{"id": 17, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Accelerate development of the human-resources services industry", "titleZh": "加快发展人力资源服务业", "version": 7, "progress": 40, "slipDays": 90, "createdAt": "2025-10-05T02:00:00Z", "updatedAt": "2026-08-07T02:00:00Z", "factorCode": "labour", "plannedEnd": "2027-07-03", "regionCode": "changsha-zhuzhou-xiangtan", "actualStart": "2025-10-25", "baselineEnd": "2027-04-04", "measureCode": "11.6", "plannedStart": "2025-10-25", "regionNameEn": "Changsha-Zhuzhou-Xiangtan", "regionNameZh": "长株潭", "baselineStart": "2025-10-25", "descriptionZh": "加快发展人力资源服务业，把服务就业的规模和质量等作为衡量行业发展成效的首要标准。", "milestoneCode": "2025", "lastVerifiedAt": "2026-06-26T02:00:00Z", "responsibleUnit": "长株潭人力资源社会保障部门", "implementationDocNumber": "国函〔2025〕86号"}
14	2026-12-02 15:15:27.310615+00	\N	anonymous	\N	task.revise	task	21	{"id": 21, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Rationalise the division of land-management powers and", "titleZh": "合理划分土地管理事权", "version": 5, "progress": 40, "slipDays": 0, "createdAt": "2025-09-27T02:00:00Z", "updatedAt": "2026-05-17T02:00:00Z", "factorCode": "land", "plannedEnd": "2027-06-27", "regionCode": "chengdu", "actualStart": "2025-10-18", "baselineEnd": "2027-06-27", "measureCode": "5.1", "plannedStart": "2025-10-17", "regionNameEn": "Chengdu", "regionNameZh": "成都市", "baselineStart": "2025-10-17", "descriptionZh": "合理划分土地管理事权，在严格保护耕地、节约集约用地的前提下，探索赋予试点地区更大土地配置自主权。", "milestoneCode": "2025", "lastVerifiedAt": "2026-05-17T02:00:00Z", "responsibleUnit": "成都市自然资源主管部门", "implementationDocNumber": "国函〔2025〕86号"}	{"id": 21, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Rationalise the division of land-management powers and", "titleZh": "合理划分土地管理事权", "version": 6, "progress": 40, "slipDays": 90, "createdAt": "2025-09-27T02:00:00Z", "updatedAt": "2026-08-07T02:00:00Z", "factorCode": "land", "plannedEnd": "2027-09-25", "regionCode": "chengdu", "actualStart": "2025-10-18", "baselineEnd": "2027-06-27", "measureCode": "5.1", "plannedStart": "2025-10-17", "regionNameEn": "Chengdu", "regionNameZh": "成都市", "baselineStart": "2025-10-17", "descriptionZh": "合理划分土地管理事权，在严格保护耕地、节约集约用地的前提下，探索赋予试点地区更大土地配置自主权。", "milestoneCode": "2025", "lastVerifiedAt": "2026-05-17T02:00:00Z", "responsibleUnit": "成都市自然资源主管部门", "implementationDocNumber": "国函〔2025〕86号"}
15	2026-12-02 15:15:32.357333+00	\N	anonymous	\N	task.revise	task	40	{"id": 40, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Support 'standard land' transfers for industrial land to raise allocation efficiency.", "titleZh": "支持产业用地实行“标准地”出让", "version": 6, "progress": 40, "slipDays": 0, "createdAt": "2025-09-26T02:00:00Z", "updatedAt": "2026-06-07T02:00:00Z", "factorCode": "land", "plannedEnd": "2027-03-26", "regionCode": "fuzhou-xiamen-quanzhou", "actualStart": "2025-10-17", "baselineEnd": "2027-03-26", "measureCode": "6.3", "plannedStart": "2025-10-16", "regionNameEn": "Fuzhou-Xiamen-Quanzhou", "regionNameZh": "福厦泉", "baselineStart": "2025-10-16", "descriptionZh": "支持产业用地实行“标准地”出让，提高配置效率。", "milestoneCode": "2025", "lastVerifiedAt": "2026-06-07T02:00:00Z", "responsibleUnit": "福厦泉自然资源主管部门", "implementationDocNumber": "国函〔2025〕86号"}	{"id": 40, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Support 'standard land' transfers for industrial land to raise allocation efficiency.", "titleZh": "支持产业用地实行“标准地”出让", "version": 7, "progress": 40, "slipDays": 90, "createdAt": "2025-09-26T02:00:00Z", "updatedAt": "2026-08-07T02:00:00Z", "factorCode": "land", "plannedEnd": "2027-06-24", "regionCode": "fuzhou-xiamen-quanzhou", "actualStart": "2025-10-17", "baselineEnd": "2027-03-26", "measureCode": "6.3", "plannedStart": "2025-10-16", "regionNameEn": "Fuzhou-Xiamen-Quanzhou", "regionNameZh": "福厦泉", "baselineStart": "2025-10-16", "descriptionZh": "支持产业用地实行“标准地”出让，提高配置效率。", "milestoneCode": "2025", "lastVerifiedAt": "2026-06-07T02:00:00Z", "responsibleUnit": "福厦泉自然资源主管部门", "implementationDocNumber": "国函〔2025〕86号"}
16	2026-12-02 15:15:33.569267+00	\N	anonymous	\N	task.revise	task	50	{"id": 50, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Devolve professional-title evaluation powers", "titleZh": "推进职称评审权下放", "version": 6, "progress": 40, "slipDays": 0, "createdAt": "2025-10-05T02:00:00Z", "updatedAt": "2026-05-31T02:00:00Z", "factorCode": "labour", "plannedEnd": "2027-06-09", "regionCode": "gba-mainland-nine", "actualStart": "2025-10-31", "baselineEnd": "2027-06-09", "measureCode": "12.2", "plannedStart": "2025-10-25", "regionNameEn": "Nine mainland cities of the Guangdong-Hong Kong-Macao Greater Bay Area", "regionNameZh": "粤港澳大湾区内地九市", "baselineStart": "2025-10-25", "descriptionZh": "推进职称评审权下放，赋予具备条件的企事业单位和社会组织中高级职称评审权限。", "milestoneCode": "2025", "lastVerifiedAt": "2026-05-31T02:00:00Z", "responsibleUnit": "粤港澳大湾区内地九市人力资源社会保障部门", "implementationDocNumber": "国函〔2025〕86号"}	{"id": 50, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Devolve professional-title evaluation powers", "titleZh": "推进职称评审权下放", "version": 7, "progress": 40, "slipDays": 90, "createdAt": "2025-10-05T02:00:00Z", "updatedAt": "2026-08-07T02:00:00Z", "factorCode": "labour", "plannedEnd": "2027-09-07", "regionCode": "gba-mainland-nine", "actualStart": "2025-10-31", "baselineEnd": "2027-06-09", "measureCode": "12.2", "plannedStart": "2025-10-25", "regionNameEn": "Nine mainland cities of the Guangdong-Hong Kong-Macao Greater Bay Area", "regionNameZh": "粤港澳大湾区内地九市", "baselineStart": "2025-10-25", "descriptionZh": "推进职称评审权下放，赋予具备条件的企事业单位和社会组织中高级职称评审权限。", "milestoneCode": "2025", "lastVerifiedAt": "2026-05-31T02:00:00Z", "responsibleUnit": "粤港澳大湾区内地九市人力资源社会保障部门", "implementationDocNumber": "国函〔2025〕86号"}
17	2026-12-02 15:15:34.165408+00	\N	anonymous	\N	task.revise	task	57	{"id": 57, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Establish fiscal-transfer", "titleZh": "建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制", "version": 5, "progress": 40, "slipDays": 0, "createdAt": "2025-09-25T02:00:00Z", "updatedAt": "2026-06-10T02:00:00Z", "factorCode": "labour", "plannedEnd": "2027-07-10", "regionCode": "hangzhou-ningbo-wenzhou", "actualStart": "2025-10-20", "baselineEnd": "2027-07-10", "measureCode": "10.4", "plannedStart": "2025-10-15", "regionNameEn": "Hangzhou-Ningbo-Wenzhou", "regionNameZh": "杭甬温", "baselineStart": "2025-10-15", "descriptionZh": "建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制。", "milestoneCode": "2025", "lastVerifiedAt": "2026-06-10T02:00:00Z", "responsibleUnit": "杭甬温公安机关", "implementationDocNumber": "国函〔2025〕86号"}	{"id": 57, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Establish fiscal-transfer", "titleZh": "建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制", "version": 6, "progress": 40, "slipDays": 90, "createdAt": "2025-09-25T02:00:00Z", "updatedAt": "2026-08-07T02:00:00Z", "factorCode": "labour", "plannedEnd": "2027-10-08", "regionCode": "hangzhou-ningbo-wenzhou", "actualStart": "2025-10-20", "baselineEnd": "2027-07-10", "measureCode": "10.4", "plannedStart": "2025-10-15", "regionNameEn": "Hangzhou-Ningbo-Wenzhou", "regionNameZh": "杭甬温", "baselineStart": "2025-10-15", "descriptionZh": "建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制。", "milestoneCode": "2025", "lastVerifiedAt": "2026-06-10T02:00:00Z", "responsibleUnit": "杭甬温公安机关", "implementationDocNumber": "国函〔2025〕86号"}
18	2026-12-02 15:15:35.354907+00	\N	anonymous	\N	task.revise	task	71	{"id": 71, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Guide employers to adopt demand-driven", "titleZh": "指导用人单位坚持需求导向", "version": 7, "progress": 40, "slipDays": 0, "createdAt": "2025-09-21T02:00:00Z", "updatedAt": "2026-07-12T02:00:00Z", "factorCode": "labour", "plannedEnd": "2027-04-02", "regionCode": "hefei-metro", "actualStart": "2025-10-20", "baselineEnd": "2027-04-02", "measureCode": "11.1", "plannedStart": "2025-10-11", "regionNameEn": "Hefei Metropolitan Area", "regionNameZh": "合肥都市圈", "baselineStart": "2025-10-11", "descriptionZh": "指导用人单位坚持需求导向，采取符合实际的引才措施，在不以人才称号和学术头衔等人才“帽子”引才、不抢挖中西部和东北地区合同期内高层次人才的前提下，促进党政机关、国有企事业单位、社会团体管理人才合理有序流动。", "milestoneCode": "2025", "lastVerifiedAt": "2026-07-12T02:00:00Z", "responsibleUnit": "合肥都市圈人力资源社会保障部门", "implementationDocNumber": "国函〔2025〕86号"}	{"id": 71, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Guide employers to adopt demand-driven", "titleZh": "指导用人单位坚持需求导向", "version": 8, "progress": 40, "slipDays": 90, "createdAt": "2025-09-21T02:00:00Z", "updatedAt": "2026-08-07T02:00:00Z", "factorCode": "labour", "plannedEnd": "2027-07-01", "regionCode": "hefei-metro", "actualStart": "2025-10-20", "baselineEnd": "2027-04-02", "measureCode": "11.1", "plannedStart": "2025-10-11", "regionNameEn": "Hefei Metropolitan Area", "regionNameZh": "合肥都市圈", "baselineStart": "2025-10-11", "descriptionZh": "指导用人单位坚持需求导向，采取符合实际的引才措施，在不以人才称号和学术头衔等人才“帽子”引才、不抢挖中西部和东北地区合同期内高层次人才的前提下，促进党政机关、国有企事业单位、社会团体管理人才合理有序流动。", "milestoneCode": "2025", "lastVerifiedAt": "2026-07-12T02:00:00Z", "responsibleUnit": "合肥都市圈人力资源社会保障部门", "implementationDocNumber": "国函〔2025〕86号"}
19	2026-12-02 15:15:35.725668+00	\N	anonymous	\N	task.revise	task	77	{"id": 77, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Explore a quality-assessment and conversion mechanism for supplementary farmland: under strict occupation-compensation b…", "titleZh": "探索建立补充耕地质量评价转换机制", "version": 7, "progress": 40, "slipDays": 0, "createdAt": "2025-09-29T02:00:00Z", "updatedAt": "2026-07-07T02:00:00Z", "factorCode": "land", "plannedEnd": "2027-06-21", "regionCode": "sunan", "actualStart": "2025-10-20", "baselineEnd": "2027-06-21", "measureCode": "5.3", "plannedStart": "2025-10-19", "regionNameEn": "Key cities of southern Jiangsu (Sunan)", "regionNameZh": "苏南重点城市", "baselineStart": "2025-10-19", "descriptionZh": "探索建立补充耕地质量评价转换机制，在严格实行耕地占补平衡、确保占一补一的前提下，严格管控补充耕地国家统筹规模，严把补充耕地质量验收关，实现占优补优。", "milestoneCode": "2025", "lastVerifiedAt": "2026-07-07T02:00:00Z", "responsibleUnit": "苏南重点城市自然资源主管部门", "implementationDocNumber": "国函〔2025〕86号"}	{"id": 77, "demo": true, "stale": true, "status": "in_progress", "overdue": false, "titleEn": "Explore a quality-assessment and conversion mechanism for supplementary farmland: under strict occupation-compensation b…", "titleZh": "探索建立补充耕地质量评价转换机制", "version": 8, "progress": 40, "slipDays": 90, "createdAt": "2025-09-29T02:00:00Z", "updatedAt": "2026-08-07T02:00:00Z", "factorCode": "land", "plannedEnd": "2027-09-19", "regionCode": "sunan", "actualStart": "2025-10-20", "baselineEnd": "2027-06-21", "measureCode": "5.3", "plannedStart": "2025-10-19", "regionNameEn": "Key cities of southern Jiangsu (Sunan)", "regionNameZh": "苏南重点城市", "baselineStart": "2025-10-19", "descriptionZh": "探索建立补充耕地质量评价转换机制，在严格实行耕地占补平衡、确保占一补一的前提下，严格管控补充耕地国家统筹规模，严把补充耕地质量验收关，实现占优补优。", "milestoneCode": "2025", "lastVerifiedAt": "2026-07-07T02:00:00Z", "responsibleUnit": "苏南重点城市自然资源主管部门", "implementationDocNumber": "国函〔2025〕86号"}
20	2026-12-02 15:15:40.293465+00	1	admin	127.0.0.1	auth.login	user	1	\N	\N
21	2026-12-02 15:15:40.92192+00	1	admin	127.0.0.1	plan.measure_correct	measure	5.2	{"seq": 2, "code": "5.2", "kind": "action", "source": "seed", "textZh": "允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制。", "summaryEn": "Allow eligible areas to explore a mechanism for trans-provincial use of surplus quotas generated by linking increases in urban construction land to decreases in rural construction land.", "trackable": true, "factorCode": "land", "itemNumber": 5}	{"seq": 2, "code": "5.2", "kind": "action", "source": "admin", "textZh": "允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制。", "summaryEn": "Corrected by an admin before dataset version 2", "trackable": true, "factorCode": "land", "itemNumber": 5}
22	2026-12-02 15:15:41.720496+00	1	admin	127.0.0.1	region.change	region	hefei-metro	{"code": "hefei-metro", "demo": false, "type": "metropolitan_area", "notes": "The pilot's boundary was not verified (the 2024 Hefei metropolitan-area plan covers Hefei plus 7 nearby counties/districts, but that is a different document). Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).", "cities": [], "nameEn": "Hefei Metropolitan Area", "nameZh": "合肥都市圈", "version": 0, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["安徽省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}	{"code": "hefei-metro", "demo": false, "type": "metropolitan_area", "notes": "Edited by an admin before regions dataset version 2", "cities": [], "nameEn": "Hefei Metropolitan Area", "nameZh": "合肥都市圈", "version": 1, "approval": {"title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "termEnd": "2027-09-10", "docNumber": "国函〔2025〕86号", "approvedOn": "2025-09-11"}, "provinces": ["安徽省"], "sourceUrls": ["https://www.kdso.net/kdso/1805605/d.htm", "http://fyzhizao.com/policy/365614.htm", "https://www.zzwb.cn/news/364536", "https://www.hunantoday.cn/news/xhn/202601/31307584.html", "https://www.newsbeep.com/uk/132710"]}
\.


--
-- Data for Name: dataset_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dataset_state (name, version, loaded_at) FROM stdin;
plan	1	2026-12-02 15:15:21.042916+00
regions	1	2026-12-02 15:15:23.475745+00
demo	1	2026-12-02 15:15:37.242085+00
\.


--
-- Data for Name: factor; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.factor (code, number, numeral_zh, title_zh, title_en, source, source_note) FROM stdin;
general	1	一	总体要求	General Requirements	seed	\N
land	2	二	进一步提高土地要素配置效率	Further Improving the Efficiency of Land Allocation	seed	\N
labour	3	三	推动劳动力要素合理畅通有序流动	Promoting the Rational, Smooth and Orderly Flow of Labour	seed	Chapter heading and item 十 from seed-002; items 十一 and 十二 from seed-000 only.
capital	4	四	推动资本要素服务实体经济发展	Promoting Capital to Serve the Real Economy	unverified	Chinese title as recalled by the compiler from the published document; matches the English rendering in chinabankingnews (2022-01-07) but was NOT seen in Chinese in any source reachable this session. Item list and text not found in any reachable source; left empty rather than reconstructed.
technology	5	五	大力促进技术要素向现实生产力转化	Vigorously Promoting the Conversion of Technology into Real Productive Forces	unverified	Chinese title as recalled by the compiler from the published document; matches the English rendering in chinabankingnews (2022-01-07) but was NOT seen in Chinese in any source reachable this session. Item list and text not found in any reachable source; left empty rather than reconstructed.
data	6	六	探索建立数据要素流通规则	Exploring Rules for the Circulation of Data	unverified	Chinese title quoted as the plan's wording in the 新华日报 commentary (xhrb-commentary) and matches chinabankingnews; text not found. Item list and text not found in any reachable source; left empty rather than reconstructed.
resources_environment	7	七	加强资源环境市场制度建设	Strengthening Market Institutions for Resources and the Environment	unverified	Chinese title as recalled by the compiler from the published document; matches the English rendering in chinabankingnews (2022-01-07) but was NOT seen in Chinese in any source reachable this session. Item list and text not found in any reachable source; left empty rather than reconstructed.
market_governance	8	八	健全要素市场治理	Improving Factor-Market Governance	unverified	Chinese title as recalled by the compiler from the published document; matches the English rendering in chinabankingnews (2022-01-07) but was NOT seen in Chinese in any source reachable this session. Item list and text not found in any reachable source; left empty rather than reconstructed.
coordination	9	九	进一步发挥要素协同配置效应	Further Leveraging the Effects of Coordinated Factor Allocation	unverified	Chinese title as recalled by the compiler from the published document; matches the English rendering in chinabankingnews (2022-01-07) but was NOT seen in Chinese in any source reachable this session. Item list and text not found in any reachable source; left empty rather than reconstructed.
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	1	plan regions tasks	SQL	db/migration/V1__plan_regions_tasks.sql	-1459957947	postgres	2026-12-02 15:15:10.177769	277	t
2	2	asof support	SQL	db/migration/V2__asof_support.sql	679258091	postgres	2026-12-02 15:15:10.885035	109	t
3	3	accounts tokens audit	SQL	db/migration/V3__accounts_tokens_audit.sql	1191452619	postgres	2026-12-02 15:15:11.141217	237	t
4	4	import external keys	SQL	db/migration/V4__import_external_keys.sql	1791959314	postgres	2026-12-02 15:15:11.460933	100	t
5	5	webhooks	SQL	db/migration/V5__webhooks.sql	506846272	postgres	2026-12-02 15:15:11.640022	197	t
6	6	dashboard aggregates	SQL	db/migration/V6__dashboard_aggregates.sql	-1553866058	postgres	2026-12-02 15:15:11.932295	237	t
7	7	tally delta lookup index	SQL	db/migration/V7__tally_delta_lookup_index.sql	-898816710	postgres	2026-12-02 15:15:12.282709	14	t
\.


--
-- Data for Name: login_failure; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_failure (id, username, address, failed_at) FROM stdin;
\.


--
-- Data for Name: measure; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.measure (code, item_number, seq, kind, text_zh, summary_en, source) FROM stdin;
1.1	1	1	guidance	以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的十九大和十九届历次全会精神，弘扬伟大建党精神，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，充分发挥市场在资源配置中的决定性作用，更好发挥政府作用，着力破除阻碍要素自主有序流动的体制机制障碍，全面提高要素协同配置效率，以综合改革试点为牵引，更好统筹发展和安全，为完善要素市场制度、建设高标准市场体系积极探索新路径，为推动经济社会高质量发展提供强劲动力。	Guided by Xi Jinping Thought, let the market play the decisive role in resource allocation and the government a better role; remove institutional barriers to the autonomous, orderly flow of factors, raise the efficiency of coordinated factor allocation, and use comprehensive reform pilots to explore new paths for improving factor-market institutions and building a high-standard market system.	seed
2.1	2	1	principle	——顶层设计、基层探索。按照党中央、国务院统一部署，在维护全国统一大市场前提下，支持具备条件的地区结合实际大胆改革探索，尊重基层首创精神，注重总结经验，及时规范提升，为全国提供可复制可推广的路径模式。	Top-level design with grassroots exploration: under unified central deployment and while safeguarding the unified national market, support qualified localities in bold reform, respect local initiative, sum up experience and provide replicable, scalable models for the whole country.	seed
2.2	2	2	principle	——系统集成、协同高效。突出改革的系统性、整体性、协同性，推动各领域要素市场化配置改革举措相互配合、相互促进，提高不同要素资源的组合配置效率。	Systemic integration and coordinated efficiency: stress the systemic, holistic and coordinated nature of reform so that factor-market reforms in different fields reinforce one another and the combined allocation of different factors becomes more efficient.	seed
2.3	2	3	principle	——问题导向、因地制宜。牢牢把握正确的改革方向，聚焦要素市场建设的重点领域、关键环节和市场主体反映最强烈的问题，鼓励地方结合自身特点开展差别化试点探索。	Problem orientation and adaptation to local conditions: keep to the correct reform direction, focus on key areas, key links and the problems market entities raise most, and encourage differentiated pilot exploration suited to local features.	seed
2.4	2	4	principle	——稳中求进、守住底线。从实际出发，坚持以安全可控为前提，尊重客观规律，科学把握工作时序、节奏和步骤，做到放活与管好有机结合，切实防范风险，稳步有序推进试点。	Seek progress while maintaining stability and hold the bottom line: proceed from reality with security and controllability as a precondition, sequence and pace reforms scientifically, combine freeing-up with sound management, prevent risks and advance pilots steadily.	seed
3.1	3	1	action	围绕推动国家重大战略实施，根据不同改革任务优先考虑选择改革需求迫切、工作基础较好、发展潜力较大的城市群、都市圈或中心城市等，开展要素市场化配置综合改革试点，严控试点数量和试点范围。	In support of major national strategies, select as pilots urban agglomerations, metropolitan areas or central cities with urgent reform needs, good foundations and strong growth potential, and strictly limit the number and scope of pilots.	seed
3.2	3	2	action	党中央、国务院授权实施以及有关方面组织实施的涉及要素市场化配置的改革探索任务，原则上优先在试点地区开展。	Factor-allocation reform tasks authorised by the CPC Central Committee and the State Council, or organised by relevant authorities, are in principle to be carried out first in the pilot areas.	seed
3.3	3	3	parameter	试点期限为2021—2025年。	Pilot period: 2021-2025.	seed
4.1	4	1	target	2021年，启动要素市场化配置综合改革试点工作。	2021: launch the comprehensive reform pilots on market-based factor allocation.	seed
4.2	4	2	target	2022年上半年，完成试点地区布局、实施方案编制报批工作。	First half of 2022: complete the pilot-area layout and the drafting and approval of implementation plans.	seed
4.3	4	3	target	到2023年，试点工作取得阶段性成效，力争在土地、劳动力、资本、技术等要素市场化配置关键环节上实现重要突破，在数据要素市场化配置基础制度建设探索上取得积极进展。	By 2023: achieve phased results, striving for major breakthroughs in key links of market-based allocation of land, labour, capital and technology, and positive progress in exploring basic institutions for data-factor allocation.	seed
4.4	4	4	target	到2025年，基本完成试点任务，要素市场化配置改革取得标志性成果，为完善全国要素市场制度作出重要示范。	By 2025: basically complete the pilot tasks, achieve landmark results in factor-market reform and provide an important demonstration for improving national factor-market institutions.	seed
5.1	5	1	action	合理划分土地管理事权，在严格保护耕地、节约集约用地的前提下，探索赋予试点地区更大土地配置自主权。	Rationalise the division of land-management powers and, while strictly protecting farmland and using land economically and intensively, explore giving pilot areas greater autonomy in allocating land.	seed
5.3	5	3	action	探索建立补充耕地质量评价转换机制，在严格实行耕地占补平衡、确保占一补一的前提下，严格管控补充耕地国家统筹规模，严把补充耕地质量验收关，实现占优补优。	Explore a quality-assessment and conversion mechanism for supplementary farmland: under strict occupation-compensation balance (one mu compensated for each mu occupied), tightly control the nationally coordinated scale of supplementary farmland, enforce quality acceptance and compensate with land of equal or better quality.	seed
5.4	5	4	action	支持开展全域土地综合整治，优化生产、生活、生态空间布局，加强耕地数量、质量、生态“三位一体”保护和建设。	Support comprehensive land consolidation across entire areas, optimise the layout of production, living and ecological space, and strengthen the integrated protection of farmland quantity, quality and ecology.	seed
6.1	6	1	action	鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地。	Encourage supplying industrial land through long-term leases, lease-then-transfer arrangements and flexible-term supply.	seed
11.4	11	4	action	支持探索灵活就业人员权益保障政策。	Support exploring policies to protect the rights of flexibly employed workers.	seed
6.2	6	2	action	优化工业用地出让年期，完善弹性出让年期制度。	Optimise the transfer terms of industrial land and improve the flexible transfer-term system.	seed
6.3	6	3	action	支持产业用地实行“标准地”出让，提高配置效率。	Support 'standard land' transfers for industrial land to raise allocation efficiency.	seed
6.4	6	4	action	支持不同产业用地类型合理转换，完善土地用途变更、整合、置换等政策。	Support reasonable conversion between types of industrial land and improve policies on changing, consolidating and swapping land uses.	seed
6.5	6	5	action	探索增加混合产业用地供给。	Explore increasing the supply of mixed-use industrial land.	seed
6.6	6	6	action	支持建立工业企业产出效益评价机制，加强土地精细化管理和节约集约利用。	Support an output-efficiency evaluation mechanism for industrial enterprises and strengthen fine-grained management and intensive use of land.	seed
7.1	7	1	action	鼓励试点地区探索通过建设用地节约集约利用状况详细评价等方式，细化完善城镇低效用地认定标准，鼓励通过依法协商收回、协议置换、费用奖惩等措施，推动城镇低效用地腾退出清。	Encourage pilot areas to refine the criteria for identifying inefficient urban land (e.g. through detailed evaluation of intensive land use) and to clear such land through lawful negotiated repossession, negotiated swaps and fee-based rewards and penalties.	seed
7.2	7	2	action	推进国有企事业单位存量用地盘活利用，鼓励市场主体通过建设用地整理等方式促进城镇低效用地再开发。	Revitalise idle land held by state-owned enterprises and public institutions, and encourage market entities to redevelop inefficient urban land, including through construction-land consolidation.	seed
7.3	7	3	action	规范和完善土地二级市场，完善建设用地使用权转让、出租、抵押制度，支持通过土地预告登记实现建设用地使用权转让。	Standardise and improve the secondary land market, improve the rules on transfer, leasing and mortgaging of construction-land use rights, and support transfers through advance-notice registration.	seed
7.4	7	4	action	探索地上地下空间综合利用的创新举措。	Explore innovative measures for the integrated use of above-ground and underground space.	seed
8.1	8	1	action	在坚决守住土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线的前提下，支持试点地区结合新一轮农村宅基地制度改革试点，探索宅基地所有权、资格权、使用权分置实现形式。	Holding the three bottom lines (public land ownership unchanged, farmland red line unbreached, farmers' interests unharmed), support pilot areas, together with the new round of rural homestead reform pilots, in exploring the separation of homestead ownership, qualification and use rights.	seed
8.2	8	2	action	在依法自愿有偿的前提下，允许将存量集体建设用地依据规划改变用途入市交易。	On a lawful, voluntary and compensated basis, allow existing collective construction land to change use in line with plans and enter the market.	seed
8.3	8	3	action	在企业上市合规性审核标准中，对集体经营性建设用地与国有建设用地给予同权对待。	Treat collectively owned commercial construction land on an equal footing with state-owned construction land in compliance reviews for corporate listings.	seed
8.4	8	4	action	支持建立健全农村产权流转市场体系。	Support building a sound market system for the transfer of rural property rights.	seed
9.1	9	1	action	探索建立沿海、海域、流域协同一体的海洋生态环境综合治理体系。	Explore an integrated marine eco-environmental governance system covering coasts, sea areas and river basins.	seed
9.2	9	2	action	统筹陆海资源管理，支持完善海域和无居民海岛有偿使用制度，加强海岸线动态监测。	Coordinate land and sea resource management, improve the paid-use system for sea areas and uninhabited islands, and strengthen dynamic monitoring of coastlines.	seed
9.3	9	3	action	在严格落实国土空间用途管制和海洋生态环境保护要求、严管严控围填海活动的前提下，探索推进海域一级市场开发和二级市场流转，探索海域使用权立体分层设权。	Under strict spatial-use control, marine eco-environmental protection and tight control of reclamation, explore primary-market development and secondary-market transfer of sea areas, and three-dimensional, layered granting of sea-use rights.	seed
10.1	10	1	action	支持具备条件的试点地区在城市群或都市圈内开展户籍准入年限同城化累计互认、居住证互通互认，试行以经常居住地登记户口制度，实现基本公共服务常住地提供。	Support qualified pilot areas in mutually recognising accumulated hukou eligibility years and residence permits within urban agglomerations or metropolitan areas, pilot hukou registration by place of habitual residence, and provide basic public services where people actually live.	seed
10.2	10	2	action	支持建立以身份证为标识的人口管理服务制度，扩大身份证信息容量，丰富应用场景。	Support an ID-card-based population management and service system, expand the information capacity of ID cards and enrich their use cases.	seed
10.3	10	3	action	建设人口发展监测分析系统，为重大政策制定、公共资源配置、城市运行管理等提供支撑。	Build a population development monitoring and analysis system to support major policymaking, public resource allocation and urban management.	seed
10.4	10	4	action	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制。	Establish fiscal-transfer, housing-supply and teacher/doctor staffing mechanisms matched to the size of each area's resident population.	seed
11.1	11	1	action	指导用人单位坚持需求导向，采取符合实际的引才措施，在不以人才称号和学术头衔等人才“帽子”引才、不抢挖中西部和东北地区合同期内高层次人才的前提下，促进党政机关、国有企事业单位、社会团体管理人才合理有序流动。	Guide employers to adopt demand-driven, realistic recruitment; without recruiting on the basis of talent titles or academic 'hats' and without poaching high-level talent under contract in the central, western and north-eastern regions, promote orderly mobility of managerial talent among Party and government bodies, state-owned enterprises and public institutions, and social organisations.	seed
11.2	11	2	action	完善事业单位编制管理制度，统筹使用编制资源。	Improve staffing-quota management of public institutions and pool staffing resources.	seed
11.3	11	3	action	支持事业单位通过特设岗位引进急需高层次专业化人才。	Support public institutions in recruiting urgently needed high-level professionals through specially created posts.	seed
11.5	11	5	action	探索建立职业资格证书、职业技能等级证书与学历证书有效衔接机制。	Explore effective links between vocational qualification certificates, vocational skill-level certificates and academic diplomas.	seed
11.6	11	6	action	加快发展人力资源服务业，把服务就业的规模和质量等作为衡量行业发展成效的首要标准。	Accelerate development of the human-resources services industry, making the scale and quality of employment services the primary yardstick of its performance.	seed
12.1	12	1	action	支持事业单位科研人员按照国家有关规定离岗创新创业。	Support researchers at public institutions in leaving their posts to innovate or start businesses in accordance with national rules.	seed
12.2	12	2	action	推进职称评审权下放，赋予具备条件的企事业单位和社会组织中高级职称评审权限。	Devolve professional-title evaluation powers, giving qualified enterprises, public institutions and social organisations authority to evaluate intermediate and senior titles.	seed
12.3	12	3	action	加强创新型、技能型人才培养，壮大高水平工程师和高技能人才队伍。	Strengthen the training of innovative and skilled talent and expand the ranks of high-level engineers and highly skilled workers.	seed
12.4	12	4	action	加强技术转移专业人才队伍建设，探索建立健全对科技成果转化人才、知识产权管理运营人员等的评价与激励办法，完善技术转移转化类职称评价标准。	Build a professional technology-transfer workforce, develop evaluation and incentive methods for technology-commercialisation and IP-management staff, and improve professional-title standards for technology transfer.	seed
5.2	5	2	action	允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制。	Corrected by an admin before dataset version 2	admin
\.


--
-- Data for Name: milestone; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.milestone (code, due_on, title_zh, title_en, text_zh, measure_code, observed_status, observed_note, source, override_status, override_reason, override_by, override_at) FROM stdin;
2021	2021-12-31	启动试点工作	Launch the pilots	2021年，启动要素市场化配置综合改革试点工作。	4.1	\N	\N	seed	\N	\N	\N	\N
2022H1	2022-06-30	完成试点地区布局、实施方案编制报批	Pilot layout set and implementation plans drafted and approved	2022年上半年，完成试点地区布局、实施方案编制报批工作。	4.2	late	The State Council approved the implementation plans of 10 pilot areas only in September 2025 (国函〔2025〕86号, published 2025-09-11, pilots run 2 years from approval). No earlier approval was found in the sources searched. See regions.json.	seed	\N	\N	\N	\N
2023	2023-12-31	试点工作取得阶段性成效	Phased results; breakthroughs in land, labour, capital and technology; progress on data institutions	到2023年，试点工作取得阶段性成效，力争在土地、劳动力、资本、技术等要素市场化配置关键环节上实现重要突破，在数据要素市场化配置基础制度建设探索上取得积极进展。	4.3	\N	\N	seed	\N	\N	\N	\N
2025	2025-12-31	基本完成试点任务	Pilot tasks basically complete; landmark results	到2025年，基本完成试点任务，要素市场化配置改革取得标志性成果，为完善全国要素市场制度作出重要示范。	4.4	\N	\N	seed	\N	\N	\N	\N
\.


--
-- Data for Name: plan_document; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.plan_document (id, title_zh, title_en, issuer_zh, issuer_en, doc_number, issued_on, published_on, period_start, period_end, preamble_zh, notice_zh, sources) FROM stdin;
1	要素市场化配置综合改革试点总体方案	Overall Plan for Comprehensive Reform Pilots on the Market-based Allocation of Factors of Production	国务院办公厅	General Office of the State Council	国办发〔2021〕51号	2021-12-21	2022-01-06	2021	2025	为深入贯彻落实《中共中央　国务院关于构建更加完善的要素市场化配置体制机制的意见》，现就积极稳妥开展要素市场化配置综合改革试点工作制定本方案。	《要素市场化配置综合改革试点总体方案》已经国务院同意，现印发给你们，请认真组织实施。	[{"id": "seed-002", "url": null, "date": "2022-01-06", "kind": "seed", "title": "国办：支持试点地区在城市群内开展户籍准入年限累计互认", "covers": "Preamble, chapter 一 (items 一-四), chapter 二 (items 五-九), chapter 三 item 十. Announces 'full text' but stops after item 十.", "publisher": "观察者网 (Guancha)"}, {"id": "seed-000", "url": null, "date": "2022-01-06", "kind": "seed", "title": "国办：进一步深化户籍制度改革，支持试点地区在城市群内开展户籍准入年限累计互认", "covers": "Chapter 三 (labour): items 十, 十一, 十二, without item numerals.", "publisher": "新浪财经 (Sina Finance)"}, {"id": "sqrdapp", "url": "https://sqrdapp.com/law/show-214844.html", "date": null, "kind": "web", "title": null, "covers": "Reprint of the full notice and plan; only the opening (~1,500 characters) was readable through the search tool: notice, preamble, item 一 and the first three principles of item 二 (punctuation partly garbled). Wording matches seed-002 exactly for those paragraphs.", "publisher": null}, {"id": "panewslab", "url": "https://t-www.panewslab.com/zh/articledetails/D07364180Ft.html", "date": null, "kind": "web", "title": null, "covers": "Traditional-Chinese reprint; opening readable: release on 6 January, notice header 国办发〔2021〕51号, dated 2021年12月21日, 此件公开发布, preamble and item 一.", "publisher": null}, {"id": "chinabankingnews", "url": "https://www.chinabankingnews.com/2022/01/07/state-council-releases-trial-plan-for-marketisation-of-factors-of-production-emphasises-data-infrastructure/", "date": "2022-01-07", "kind": "web", "title": null, "covers": "English report: plan issued 6 January; lists the eight task areas (chapters 二-九) in English; restates 2022 H1 and 2023 milestones.", "publisher": null}, {"id": "chinadaily-xinhua", "url": "http://subsites.chinadaily.com.cn/Qiushi/2022-01/07/c_696795.htm", "date": "2022-01-07", "kind": "web", "title": null, "covers": "English Xinhua summary of pilot layout (urban agglomerations, metropolitan areas, key cities; control number and coverage) and of the 2022/2023/2025 milestones.", "publisher": null}, {"id": "plnmw-en", "url": "http://www.plnmw.com/PatentSearch/ilpalsgsbt.html", "date": null, "kind": "web", "title": null, "covers": "Unofficial (machine-style) English translation; opening readable: pilot layout, pilot period 2021-2025, item 五 and the start of item 六. Substance matches seed-002.", "publisher": null}, {"id": "xhrb-commentary", "url": "http://jfxmm.com.shayuweb.com/news/739276.html", "date": null, "kind": "web", "title": null, "covers": "Reprint of a 新华日报 commentary (2025) quoting the plan's phrase '探索建立数据要素流通规则' and saying the plan lists data alongside land, labour (human resources), capital, technology and resources & environment.", "publisher": null}, {"id": "cfgw-2022-01-17", "url": "http://www.cfgw.net.cn/2022-01/17/content_24998037.html", "date": "2022-01-17", "kind": "web", "title": null, "covers": "中国发展改革报 expert interpretation: land chapter placed first; quotes item 五 (cross-provincial use of 增减挂钩 surplus quotas).", "publisher": null}]
\.


--
-- Data for Name: plan_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.plan_item (number, numeral_zh, factor_code, title_zh, title_en, source, source_note) FROM stdin;
1	一	general	指导思想	Guiding Ideology	seed	Corroborated by: sqrdapp (verbatim); panewslab (verbatim (Traditional script)).
2	二	general	基本原则	Basic Principles	seed	Corroborated by: sqrdapp (verbatim for principles 1-3; principle 4 only its first words).
3	三	general	试点布局	Pilot Layout	seed	Corroborated by: chinadaily-xinhua (substance (English)); plnmw-en (substance (English)).
4	四	general	工作目标	Work Objectives	seed	Corroborated by: chinadaily-xinhua (substance (English)); chinabankingnews (substance (English), 2022 H1 and 2023 milestones).
5	五	land	支持探索土地管理制度改革	Supporting Exploration of Land Management System Reform	seed	Corroborated by: plnmw-en (substance (English)); cfgw-2022-01-17 (measure 2 quoted).
6	六	land	鼓励优化产业用地供应方式	Encouraging Better Ways of Supplying Industrial Land	seed	Corroborated by: plnmw-en (substance (English), first measure only).
7	七	land	推动以市场化方式盘活存量用地	Revitalising Existing Land Through Market-based Means	seed	\N
8	八	land	建立健全城乡统一的建设用地市场	Establishing a Unified Urban-Rural Construction Land Market	seed	\N
9	九	land	推进合理有序用海	Promoting Rational and Orderly Use of Sea Areas	seed	\N
10	十	labour	进一步深化户籍制度改革	Further Deepening Household Registration (Hukou) Reform	seed	\N
11	十一	labour	加快畅通劳动力和人才社会性流动渠道	Unblocking Channels for the Social Mobility of Labour and Talent	seed	The seed gives this item without its numeral; number inferred from its position after item 十 in the same seed (chapter 三 runs 十, 十一, 十二). Text runs to a full stop and the seed presents it as the chapter's content, but no second source was found to confirm the item is complete.
12	十二	labour	激发人才创新创业活力	Unleashing the Innovation and Entrepreneurship of Talent	seed	The seed gives this item without its numeral; number inferred from its position after item 十 in the same seed (chapter 三 runs 十, 十一, 十二). Text runs to a full stop and the seed presents it as the chapter's content, but no second source was found to confirm the item is complete.
\.


--
-- Data for Name: region; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.region (id, code, name_zh, name_en, type, provinces, cities, approval_doc_number, approval_title, approved_on, term_end, notes, source_urls, demo, version, created_at, updated_at) FROM stdin;
1	beijing-sub-centre	北京城市副中心	Beijing Municipal Sub-centre (Tongzhou)	sub_centre	{北京市}	{}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	SCMP/newsbeep describes it as Beijing's Tongzhou district; exact pilot boundary not verified. Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710}	f	0	2026-12-02 15:15:22.784761+00	2026-12-02 15:15:22.785025+00
2	sunan	苏南重点城市	Key cities of southern Jiangsu (Sunan)	city_cluster	{江苏省}	{}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	Which southern-Jiangsu cities are included was not found in any reachable source. Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710}	f	0	2026-12-02 15:15:23.098427+00	2026-12-02 15:15:23.099702+00
3	hangzhou-ningbo-wenzhou	杭甬温	Hangzhou-Ningbo-Wenzhou	city_cluster	{浙江省}	{杭州市,宁波市,温州市}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	Member cities: expanded from the abbreviation 杭甬温; no source text listing them was read. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710}	f	0	2026-12-02 15:15:23.157571+00	2026-12-02 15:15:23.157639+00
5	fuzhou-xiamen-quanzhou	福厦泉	Fuzhou-Xiamen-Quanzhou	city_cluster	{福建省}	{福州市,厦门市,泉州市}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	Member cities: expanded from the abbreviation 福厦泉; no source text listing them was read. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710}	f	0	2026-12-02 15:15:23.293132+00	2026-12-02 15:15:23.2932+00
6	zhengzhou	郑州市	Zhengzhou	central_city	{河南省}	{郑州市}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	Member cities: zzwb.cn: 试点范围包括郑州市全域. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710}	f	0	2026-12-02 15:15:23.307183+00	2026-12-02 15:15:23.307241+00
7	changsha-zhuzhou-xiangtan	长株潭	Changsha-Zhuzhou-Xiangtan	metropolitan_area	{湖南省}	{长沙市,株洲市,湘潭市}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	Member cities: addressees of 湘政办发〔2025〕53号. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710}	f	0	2026-12-02 15:15:23.331461+00	2026-12-02 15:15:23.331519+00
8	gba-mainland-nine	粤港澳大湾区内地九市	Nine mainland cities of the Guangdong-Hong Kong-Macao Greater Bay Area	city_cluster	{广东省}	{广州市,深圳市,珠海市,佛山市,惠州市,东莞市,中山市,江门市,肇庆市}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	Member cities: nfnews.com 2025-09-15. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710,https://www.nfnews.com/content/5ypp0dwZyp.html}	f	0	2026-12-02 15:15:23.373823+00	2026-12-02 15:15:23.373892+00
9	chongqing	重庆市	Chongqing	central_city	{重庆市}	{}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	Whole municipality (province-level); the type label is approximate. Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710,http://fzggw.cq.gov.cn/zwgk/zfxxgkml/zcjd/202512/t20251205_15215489.html}	f	0	2026-12-02 15:15:23.419004+00	2026-12-02 15:15:23.419091+00
10	chengdu	成都市	Chengdu	central_city	{四川省}	{}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	Pilot boundary (whole city or part) not verified. Member cities not verified. Type: compiler's classification against the plan's 城市群/都市圈/中心城市 vocabulary; the approval itself does not type the pilots. Approval date: publication date of the approval (several sources); signing date not verified. Term: 2 years from approval (自即日起2年内).	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710}	f	0	2026-12-02 15:15:23.455947+00	2026-12-02 15:15:23.456006+00
4	hefei-metro	合肥都市圈	Hefei Metropolitan Area	metropolitan_area	{安徽省}	{}	国函〔2025〕86号	国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复	2025-09-11	2027-09-10	Edited by an admin before regions dataset version 2	{https://www.kdso.net/kdso/1805605/d.htm,http://fyzhizao.com/policy/365614.htm,https://www.zzwb.cn/news/364536,https://www.hunantoday.cn/news/xhn/202601/31307584.html,https://www.newsbeep.com/uk/132710}	f	1	2026-12-02 15:15:23.236126+00	2026-12-02 15:15:41.665353+00
\.


--
-- Data for Name: status_update; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.status_update (id, task_id, task_version, status, progress, previous_status, previous_progress, comment, evidence, author, recorded_at, demo, actual_start, actual_end, external_key) FROM stdin;
1	1	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	北京城市副中心试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
2	1	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	北京城市副中心试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
3	1	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	北京城市副中心试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
4	2	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	北京城市副中心试点工作专班（演示）	2025-10-21 02:00:00+00	t	2025-10-21	\N	\N
5	2	2	in_progress	16	in_progress	10	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2025-12-19 02:00:00+00	t	2025-10-21	\N	\N
6	2	3	in_progress	22	in_progress	16	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-02-08 02:00:00+00	t	2025-10-21	\N	\N
7	2	4	in_progress	28	in_progress	22	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-03-27 02:00:00+00	t	2025-10-21	\N	\N
8	2	5	in_progress	34	in_progress	28	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-05-27 02:00:00+00	t	2025-10-21	\N	\N
9	2	6	in_progress	40	in_progress	34	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-07-09 02:00:00+00	t	2025-10-21	\N	\N
10	2	8	in_progress	45	in_progress	40	任务启动，已明确责任分工和工作计划。	[]	北京城市副中心试点工作专班（演示）	2026-08-27 02:00:00+00	t	2025-10-21	\N	\N
11	2	9	in_progress	60	in_progress	45	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-10-02 02:00:00+00	t	2025-10-21	\N	\N
12	3	1	in_progress	15	not_started	0	任务启动，已明确责任分工和工作计划。	[]	北京城市副中心试点工作专班（演示）	2025-10-16 02:00:00+00	t	2025-10-16	\N	\N
13	3	2	in_progress	33	in_progress	15	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2025-12-13 02:00:00+00	t	2025-10-16	\N	\N
14	3	3	in_progress	51	in_progress	33	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-02-06 02:00:00+00	t	2025-10-16	\N	\N
15	3	4	in_progress	70	in_progress	51	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-03-29 02:00:00+00	t	2025-10-16	\N	\N
16	3	5	delayed	80	in_progress	70	配套政策出台晚于预期，完成时间顺延。	[]	北京城市副中心试点工作专班（演示）	2026-05-15 02:00:00+00	t	2025-10-16	\N	\N
17	3	6	completed	100	delayed	80	任务完成，已报送试点总结。	[{"label": "北京城市副中心试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕111号"}]	北京城市副中心试点工作专班（演示）	2026-07-09 02:00:00+00	t	2025-10-16	2026-07-09	\N
18	4	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	北京城市副中心试点工作专班（演示）	2025-10-22 02:00:00+00	t	2025-10-22	\N	\N
19	4	2	in_progress	27	in_progress	20	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2025-12-10 02:00:00+00	t	2025-10-22	\N	\N
20	4	3	in_progress	34	in_progress	27	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-02-12 02:00:00+00	t	2025-10-22	\N	\N
21	4	4	in_progress	41	in_progress	34	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-04-02 02:00:00+00	t	2025-10-22	\N	\N
22	4	5	in_progress	48	in_progress	41	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-05-11 02:00:00+00	t	2025-10-22	\N	\N
23	4	6	in_progress	55	in_progress	48	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-06-21 02:00:00+00	t	2025-10-22	\N	\N
24	4	7	in_progress	62	in_progress	55	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-08-15 02:00:00+00	t	2025-10-22	\N	\N
25	4	8	in_progress	70	in_progress	62	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-10-19 02:00:00+00	t	2025-10-22	\N	\N
26	5	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	北京城市副中心试点工作专班（演示）	2025-10-15 02:00:00+00	t	2025-10-15	\N	\N
27	5	2	in_progress	32	in_progress	20	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2025-12-18 02:00:00+00	t	2025-10-15	\N	\N
28	5	3	in_progress	44	in_progress	32	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-02-15 02:00:00+00	t	2025-10-15	\N	\N
29	5	4	in_progress	56	in_progress	44	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-03-26 02:00:00+00	t	2025-10-15	\N	\N
30	5	5	in_progress	68	in_progress	56	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-05-24 02:00:00+00	t	2025-10-15	\N	\N
31	5	6	in_progress	80	in_progress	68	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-06-29 02:00:00+00	t	2025-10-15	\N	\N
32	5	7	completed	100	in_progress	80	提前完成试点任务，形成可复制经验。	[{"label": "北京城市副中心试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕63号"}]	北京城市副中心试点工作专班（演示）	2026-08-15 02:00:00+00	t	2025-10-15	2026-08-15	\N
33	6	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	北京城市副中心试点工作专班（演示）	2025-10-25 02:00:00+00	t	2025-10-25	\N	\N
34	6	2	in_progress	15	in_progress	10	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2025-12-25 02:00:00+00	t	2025-10-25	\N	\N
35	6	3	in_progress	20	in_progress	15	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-02-25 02:00:00+00	t	2025-10-25	\N	\N
36	6	4	in_progress	25	in_progress	20	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-04-29 02:00:00+00	t	2025-10-25	\N	\N
37	6	5	in_progress	30	in_progress	25	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-06-08 02:00:00+00	t	2025-10-25	\N	\N
38	6	6	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-08-06 02:00:00+00	t	2025-10-25	\N	\N
39	6	7	delayed	35	in_progress	35	涉及跨部门审批事项，进度落后于计划。	[]	北京城市副中心试点工作专班（演示）	2026-10-16 02:00:00+00	t	2025-10-25	\N	\N
40	7	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	北京城市副中心试点工作专班（演示）	2025-10-23 02:00:00+00	t	2025-10-23	\N	\N
41	7	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2025-12-23 02:00:00+00	t	2025-10-23	\N	\N
42	7	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-02-22 02:00:00+00	t	2025-10-23	\N	\N
43	7	4	in_progress	33	in_progress	25	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-04-25 02:00:00+00	t	2025-10-23	\N	\N
44	7	5	in_progress	41	in_progress	33	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-06-05 02:00:00+00	t	2025-10-23	\N	\N
45	7	6	in_progress	49	in_progress	41	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-07-31 02:00:00+00	t	2025-10-23	\N	\N
46	7	7	in_progress	57	in_progress	49	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-09-13 02:00:00+00	t	2025-10-23	\N	\N
47	7	8	in_progress	65	in_progress	57	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2026-10-25 02:00:00+00	t	2025-10-23	\N	\N
48	8	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	北京城市副中心试点工作专班（演示）	2025-10-18 02:00:00+00	t	2025-10-18	\N	\N
49	8	2	in_progress	20	in_progress	10	按计划推进，完成阶段性工作。	[]	北京城市副中心试点工作专班（演示）	2025-12-10 02:00:00+00	t	2025-10-18	\N	\N
50	9	1	not_started	0	not_started	0	前期准备中，按计划于2026-12-11启动。	[]	北京城市副中心试点工作专班（演示）	2026-10-31 02:00:00+00	t	\N	\N	\N
51	10	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	长株潭试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
52	10	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	长株潭试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
53	10	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	长株潭试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
54	11	1	not_started	0	not_started	0	前期准备中，按计划于2026-12-08启动。	[]	长株潭试点工作专班（演示）	2026-10-31 02:00:00+00	t	\N	\N	\N
55	12	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	长株潭试点工作专班（演示）	2025-11-01 02:00:00+00	t	2025-11-01	\N	\N
56	12	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2025-12-22 02:00:00+00	t	2025-11-01	\N	\N
57	12	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-02-06 02:00:00+00	t	2025-11-01	\N	\N
58	12	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-03-15 02:00:00+00	t	2025-11-01	\N	\N
59	12	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-04-25 02:00:00+00	t	2025-11-01	\N	\N
60	12	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-06-19 02:00:00+00	t	2025-11-01	\N	\N
61	12	7	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-08-07 02:00:00+00	t	2025-11-01	\N	\N
62	12	8	delayed	35	in_progress	35	涉及跨部门审批事项，进度落后于计划。	[]	长株潭试点工作专班（演示）	2026-10-16 02:00:00+00	t	2025-11-01	\N	\N
63	13	1	in_progress	15	not_started	0	任务启动，已明确责任分工和工作计划。	[]	长株潭试点工作专班（演示）	2025-10-27 02:00:00+00	t	2025-10-27	\N	\N
64	13	2	in_progress	33	in_progress	15	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2025-12-08 02:00:00+00	t	2025-10-27	\N	\N
65	13	3	in_progress	51	in_progress	33	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-01-31 02:00:00+00	t	2025-10-27	\N	\N
66	13	4	in_progress	70	in_progress	51	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-04-01 02:00:00+00	t	2025-10-27	\N	\N
67	13	5	delayed	80	in_progress	70	配套政策出台晚于预期，完成时间顺延。	[]	长株潭试点工作专班（演示）	2026-05-28 02:00:00+00	t	2025-10-27	\N	\N
68	13	6	completed	100	delayed	80	任务完成，已报送试点总结。	[{"label": "长株潭试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕52号"}]	长株潭试点工作专班（演示）	2026-07-22 02:00:00+00	t	2025-10-27	2026-07-22	\N
69	14	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	长株潭试点工作专班（演示）	2025-10-29 02:00:00+00	t	2025-10-29	\N	\N
70	14	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-01-02 02:00:00+00	t	2025-10-29	\N	\N
71	14	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-02-21 02:00:00+00	t	2025-10-29	\N	\N
72	14	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-04-19 02:00:00+00	t	2025-10-29	\N	\N
73	14	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-06-01 02:00:00+00	t	2025-10-29	\N	\N
74	14	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-07-25 02:00:00+00	t	2025-10-29	\N	\N
75	14	7	suspended	30	in_progress	30	等待国家有关部门政策细则，暂停推进。	[]	长株潭试点工作专班（演示）	2026-09-16 02:00:00+00	t	2025-10-29	\N	\N
76	15	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	长株潭试点工作专班（演示）	2025-10-22 02:00:00+00	t	2025-10-22	\N	\N
77	15	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2025-12-22 02:00:00+00	t	2025-10-22	\N	\N
78	15	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-02-17 02:00:00+00	t	2025-10-22	\N	\N
79	15	4	in_progress	33	in_progress	25	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-04-20 02:00:00+00	t	2025-10-22	\N	\N
80	15	5	in_progress	41	in_progress	33	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-06-12 02:00:00+00	t	2025-10-22	\N	\N
81	15	6	in_progress	49	in_progress	41	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-07-19 02:00:00+00	t	2025-10-22	\N	\N
82	15	7	in_progress	57	in_progress	49	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-08-26 02:00:00+00	t	2025-10-22	\N	\N
83	15	8	in_progress	65	in_progress	57	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-10-12 02:00:00+00	t	2025-10-22	\N	\N
84	16	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	长株潭试点工作专班（演示）	2025-10-26 02:00:00+00	t	2025-10-26	\N	\N
85	16	2	in_progress	32	in_progress	20	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2025-12-01 02:00:00+00	t	2025-10-26	\N	\N
86	16	3	in_progress	44	in_progress	32	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-02-04 02:00:00+00	t	2025-10-26	\N	\N
87	16	4	in_progress	56	in_progress	44	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-03-15 02:00:00+00	t	2025-10-26	\N	\N
88	16	5	in_progress	68	in_progress	56	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-05-04 02:00:00+00	t	2025-10-26	\N	\N
89	16	6	in_progress	80	in_progress	68	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-07-04 02:00:00+00	t	2025-10-26	\N	\N
90	16	7	completed	100	in_progress	80	提前完成试点任务，形成可复制经验。	[{"label": "长株潭试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕91号"}]	长株潭试点工作专班（演示）	2026-08-24 02:00:00+00	t	2025-10-26	2026-08-24	\N
91	17	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	长株潭试点工作专班（演示）	2025-10-25 02:00:00+00	t	2025-10-25	\N	\N
92	17	2	in_progress	16	in_progress	10	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2025-12-16 02:00:00+00	t	2025-10-25	\N	\N
93	17	3	in_progress	22	in_progress	16	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-02-19 02:00:00+00	t	2025-10-25	\N	\N
94	17	4	in_progress	28	in_progress	22	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-03-26 02:00:00+00	t	2025-10-25	\N	\N
95	17	5	in_progress	34	in_progress	28	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-05-10 02:00:00+00	t	2025-10-25	\N	\N
96	17	6	in_progress	40	in_progress	34	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-06-26 02:00:00+00	t	2025-10-25	\N	\N
97	17	8	in_progress	45	in_progress	40	任务启动，已明确责任分工和工作计划。	[]	长株潭试点工作专班（演示）	2026-08-27 02:00:00+00	t	2025-10-25	\N	\N
98	17	9	in_progress	60	in_progress	45	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-10-10 02:00:00+00	t	2025-10-25	\N	\N
99	18	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	长株潭试点工作专班（演示）	2025-10-25 02:00:00+00	t	2025-10-25	\N	\N
100	18	2	in_progress	28	in_progress	20	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2025-12-26 02:00:00+00	t	2025-10-25	\N	\N
101	18	3	in_progress	36	in_progress	28	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-02-26 02:00:00+00	t	2025-10-25	\N	\N
102	18	4	in_progress	45	in_progress	36	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-04-04 02:00:00+00	t	2025-10-25	\N	\N
103	18	5	in_progress	53	in_progress	45	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-06-07 02:00:00+00	t	2025-10-25	\N	\N
104	18	6	in_progress	61	in_progress	53	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-08-11 02:00:00+00	t	2025-10-25	\N	\N
105	18	7	in_progress	70	in_progress	61	按计划推进，完成阶段性工作。	[]	长株潭试点工作专班（演示）	2026-10-15 02:00:00+00	t	2025-10-25	\N	\N
106	19	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	成都市试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
107	19	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	成都市试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
108	19	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	成都市试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
109	20	1	not_started	0	not_started	0	前期准备中，按计划于2026-12-14启动。	[]	成都市试点工作专班（演示）	2026-10-31 02:00:00+00	t	\N	\N	\N
110	21	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	成都市试点工作专班（演示）	2025-10-18 02:00:00+00	t	2025-10-18	\N	\N
111	21	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2025-12-07 02:00:00+00	t	2025-10-18	\N	\N
112	21	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-01-26 02:00:00+00	t	2025-10-18	\N	\N
113	21	4	in_progress	32	in_progress	25	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-03-21 02:00:00+00	t	2025-10-18	\N	\N
114	21	5	in_progress	40	in_progress	32	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-05-17 02:00:00+00	t	2025-10-18	\N	\N
115	21	7	in_progress	45	in_progress	40	任务启动，已明确责任分工和工作计划。	[]	成都市试点工作专班（演示）	2026-08-27 02:00:00+00	t	2025-10-18	\N	\N
116	21	8	in_progress	60	in_progress	45	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-10-03 02:00:00+00	t	2025-10-18	\N	\N
117	22	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	成都市试点工作专班（演示）	2025-10-24 02:00:00+00	t	2025-10-24	\N	\N
118	22	2	in_progress	19	in_progress	10	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2025-12-02 02:00:00+00	t	2025-10-24	\N	\N
119	22	3	in_progress	28	in_progress	19	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-01-26 02:00:00+00	t	2025-10-24	\N	\N
120	22	4	in_progress	37	in_progress	28	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-03-15 02:00:00+00	t	2025-10-24	\N	\N
121	22	5	in_progress	46	in_progress	37	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-05-19 02:00:00+00	t	2025-10-24	\N	\N
122	22	6	in_progress	55	in_progress	46	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-07-20 02:00:00+00	t	2025-10-24	\N	\N
123	22	7	in_progress	65	in_progress	55	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-09-17 02:00:00+00	t	2025-10-24	\N	\N
124	23	1	in_progress	15	not_started	0	任务启动，已明确责任分工和工作计划。	[]	成都市试点工作专班（演示）	2025-10-20 02:00:00+00	t	2025-10-20	\N	\N
125	23	2	in_progress	33	in_progress	15	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2025-12-11 02:00:00+00	t	2025-10-20	\N	\N
126	23	3	in_progress	51	in_progress	33	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-01-25 02:00:00+00	t	2025-10-20	\N	\N
127	23	4	in_progress	70	in_progress	51	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-03-24 02:00:00+00	t	2025-10-20	\N	\N
128	23	5	delayed	80	in_progress	70	配套政策出台晚于预期，完成时间顺延。	[]	成都市试点工作专班（演示）	2026-05-21 02:00:00+00	t	2025-10-20	\N	\N
129	23	6	completed	100	delayed	80	任务完成，已报送试点总结。	[{"label": "成都市试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕104号"}]	成都市试点工作专班（演示）	2026-07-15 02:00:00+00	t	2025-10-20	2026-07-15	\N
130	24	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	成都市试点工作专班（演示）	2025-10-18 02:00:00+00	t	2025-10-18	\N	\N
131	25	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	成都市试点工作专班（演示）	2025-10-26 02:00:00+00	t	2025-10-26	\N	\N
132	25	2	in_progress	27	in_progress	20	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2025-12-01 02:00:00+00	t	2025-10-26	\N	\N
133	25	3	in_progress	34	in_progress	27	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-01-19 02:00:00+00	t	2025-10-26	\N	\N
134	25	4	in_progress	41	in_progress	34	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-03-22 02:00:00+00	t	2025-10-26	\N	\N
135	25	5	in_progress	48	in_progress	41	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-05-19 02:00:00+00	t	2025-10-26	\N	\N
136	25	6	in_progress	55	in_progress	48	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-07-07 02:00:00+00	t	2025-10-26	\N	\N
137	25	7	in_progress	62	in_progress	55	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-08-19 02:00:00+00	t	2025-10-26	\N	\N
138	25	8	in_progress	70	in_progress	62	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-10-17 02:00:00+00	t	2025-10-26	\N	\N
139	26	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	成都市试点工作专班（演示）	2025-10-11 02:00:00+00	t	2025-10-11	\N	\N
140	26	2	in_progress	12	in_progress	10	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2025-12-03 02:00:00+00	t	2025-10-11	\N	\N
141	26	3	in_progress	15	in_progress	12	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-01-09 02:00:00+00	t	2025-10-11	\N	\N
142	26	4	in_progress	18	in_progress	15	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-02-27 02:00:00+00	t	2025-10-11	\N	\N
143	26	5	in_progress	21	in_progress	18	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-04-04 02:00:00+00	t	2025-10-11	\N	\N
144	26	6	in_progress	24	in_progress	21	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-05-18 02:00:00+00	t	2025-10-11	\N	\N
145	26	7	in_progress	27	in_progress	24	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-07-01 02:00:00+00	t	2025-10-11	\N	\N
146	26	8	in_progress	30	in_progress	27	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-08-06 02:00:00+00	t	2025-10-11	\N	\N
147	26	9	suspended	30	in_progress	30	等待国家有关部门政策细则，暂停推进。	[]	成都市试点工作专班（演示）	2026-09-16 02:00:00+00	t	2025-10-11	\N	\N
148	27	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	成都市试点工作专班（演示）	2025-10-29 02:00:00+00	t	2025-10-29	\N	\N
149	27	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-01-02 02:00:00+00	t	2025-10-29	\N	\N
150	27	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-02-21 02:00:00+00	t	2025-10-29	\N	\N
151	27	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-04-04 02:00:00+00	t	2025-10-29	\N	\N
152	27	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-05-24 02:00:00+00	t	2025-10-29	\N	\N
153	27	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-07-15 02:00:00+00	t	2025-10-29	\N	\N
154	27	7	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	成都市试点工作专班（演示）	2026-08-23 02:00:00+00	t	2025-10-29	\N	\N
155	27	8	delayed	35	in_progress	35	涉及跨部门审批事项，进度落后于计划。	[]	成都市试点工作专班（演示）	2026-10-16 02:00:00+00	t	2025-10-29	\N	\N
156	28	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	重庆市试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
157	28	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	重庆市试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
158	28	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	重庆市试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
159	29	1	not_started	0	not_started	0	前期准备中，按计划于2026-12-16启动。	[]	重庆市试点工作专班（演示）	2026-10-31 02:00:00+00	t	\N	\N	\N
160	30	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	重庆市试点工作专班（演示）	2025-10-15 02:00:00+00	t	2025-10-15	\N	\N
161	30	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2025-12-12 02:00:00+00	t	2025-10-15	\N	\N
162	30	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-01-26 02:00:00+00	t	2025-10-15	\N	\N
163	30	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-03-28 02:00:00+00	t	2025-10-15	\N	\N
164	30	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-05-21 02:00:00+00	t	2025-10-15	\N	\N
165	30	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-06-26 02:00:00+00	t	2025-10-15	\N	\N
166	30	7	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-08-23 02:00:00+00	t	2025-10-15	\N	\N
167	30	8	delayed	35	in_progress	35	涉及跨部门审批事项，进度落后于计划。	[]	重庆市试点工作专班（演示）	2026-10-16 02:00:00+00	t	2025-10-15	\N	\N
168	31	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	重庆市试点工作专班（演示）	2025-10-26 02:00:00+00	t	2025-10-26	\N	\N
169	31	2	in_progress	30	in_progress	20	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2025-12-08 02:00:00+00	t	2025-10-26	\N	\N
170	31	3	in_progress	40	in_progress	30	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-01-30 02:00:00+00	t	2025-10-26	\N	\N
171	31	4	in_progress	50	in_progress	40	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-03-30 02:00:00+00	t	2025-10-26	\N	\N
172	31	5	in_progress	60	in_progress	50	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-05-07 02:00:00+00	t	2025-10-26	\N	\N
173	31	6	in_progress	70	in_progress	60	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-06-15 02:00:00+00	t	2025-10-26	\N	\N
174	31	7	in_progress	80	in_progress	70	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-08-10 02:00:00+00	t	2025-10-26	\N	\N
175	31	8	completed	100	in_progress	80	提前完成试点任务，形成可复制经验。	[{"label": "重庆市试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕61号"}]	重庆市试点工作专班（演示）	2026-08-25 02:00:00+00	t	2025-10-26	2026-08-25	\N
176	32	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	重庆市试点工作专班（演示）	2025-10-12 02:00:00+00	t	2025-10-12	\N	\N
177	32	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2025-12-15 02:00:00+00	t	2025-10-12	\N	\N
178	32	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-01-23 02:00:00+00	t	2025-10-12	\N	\N
179	32	4	in_progress	33	in_progress	25	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-03-23 02:00:00+00	t	2025-10-12	\N	\N
180	32	5	in_progress	41	in_progress	33	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-05-26 02:00:00+00	t	2025-10-12	\N	\N
181	32	6	in_progress	49	in_progress	41	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-07-14 02:00:00+00	t	2025-10-12	\N	\N
182	32	7	in_progress	57	in_progress	49	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-09-08 02:00:00+00	t	2025-10-12	\N	\N
183	32	8	in_progress	65	in_progress	57	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-10-23 02:00:00+00	t	2025-10-12	\N	\N
184	33	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	重庆市试点工作专班（演示）	2025-10-13 02:00:00+00	t	2025-10-13	\N	\N
185	33	2	in_progress	27	in_progress	20	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2025-12-15 02:00:00+00	t	2025-10-13	\N	\N
186	33	3	in_progress	34	in_progress	27	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-01-21 02:00:00+00	t	2025-10-13	\N	\N
187	33	4	in_progress	41	in_progress	34	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-03-27 02:00:00+00	t	2025-10-13	\N	\N
188	33	5	in_progress	48	in_progress	41	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-05-22 02:00:00+00	t	2025-10-13	\N	\N
189	33	6	in_progress	55	in_progress	48	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-07-13 02:00:00+00	t	2025-10-13	\N	\N
190	33	7	in_progress	62	in_progress	55	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-08-17 02:00:00+00	t	2025-10-13	\N	\N
191	33	8	in_progress	70	in_progress	62	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-10-04 02:00:00+00	t	2025-10-13	\N	\N
192	34	1	in_progress	15	not_started	0	任务启动，已明确责任分工和工作计划。	[]	重庆市试点工作专班（演示）	2025-10-19 02:00:00+00	t	2025-10-19	\N	\N
193	34	2	in_progress	28	in_progress	15	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2025-11-24 02:00:00+00	t	2025-10-19	\N	\N
194	34	3	in_progress	42	in_progress	28	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-01-01 02:00:00+00	t	2025-10-19	\N	\N
195	34	4	in_progress	56	in_progress	42	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-02-06 02:00:00+00	t	2025-10-19	\N	\N
196	34	5	in_progress	70	in_progress	56	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-04-08 02:00:00+00	t	2025-10-19	\N	\N
197	34	6	delayed	80	in_progress	70	配套政策出台晚于预期，完成时间顺延。	[]	重庆市试点工作专班（演示）	2026-05-16 02:00:00+00	t	2025-10-19	\N	\N
198	34	7	completed	100	delayed	80	任务完成，已报送试点总结。	[{"label": "重庆市试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕111号"}]	重庆市试点工作专班（演示）	2026-07-10 02:00:00+00	t	2025-10-19	2026-07-10	\N
199	35	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	重庆市试点工作专班（演示）	2025-10-27 02:00:00+00	t	2025-10-27	\N	\N
200	36	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	重庆市试点工作专班（演示）	2025-11-01 02:00:00+00	t	2025-11-01	\N	\N
201	36	2	in_progress	13	in_progress	10	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2025-12-16 02:00:00+00	t	2025-11-01	\N	\N
202	36	3	in_progress	16	in_progress	13	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-01-21 02:00:00+00	t	2025-11-01	\N	\N
203	36	4	in_progress	20	in_progress	16	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-03-03 02:00:00+00	t	2025-11-01	\N	\N
204	36	5	in_progress	23	in_progress	20	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-04-12 02:00:00+00	t	2025-11-01	\N	\N
205	36	6	in_progress	26	in_progress	23	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-05-23 02:00:00+00	t	2025-11-01	\N	\N
206	36	7	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	重庆市试点工作专班（演示）	2026-07-18 02:00:00+00	t	2025-11-01	\N	\N
207	36	8	suspended	30	in_progress	30	等待国家有关部门政策细则，暂停推进。	[]	重庆市试点工作专班（演示）	2026-09-16 02:00:00+00	t	2025-11-01	\N	\N
208	37	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	福厦泉试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
209	37	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	福厦泉试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
210	37	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	福厦泉试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
211	38	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	福厦泉试点工作专班（演示）	2025-10-18 02:00:00+00	t	2025-10-18	\N	\N
212	38	2	in_progress	32	in_progress	20	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2025-12-16 02:00:00+00	t	2025-10-18	\N	\N
213	38	3	in_progress	44	in_progress	32	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-02-06 02:00:00+00	t	2025-10-18	\N	\N
214	38	4	in_progress	56	in_progress	44	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-03-18 02:00:00+00	t	2025-10-18	\N	\N
215	38	5	in_progress	68	in_progress	56	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-05-21 02:00:00+00	t	2025-10-18	\N	\N
216	38	6	in_progress	80	in_progress	68	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-07-17 02:00:00+00	t	2025-10-18	\N	\N
217	38	7	completed	100	in_progress	80	提前完成试点任务，形成可复制经验。	[{"label": "福厦泉试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕104号"}]	福厦泉试点工作专班（演示）	2026-08-18 02:00:00+00	t	2025-10-18	2026-08-18	\N
218	39	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	福厦泉试点工作专班（演示）	2025-10-20 02:00:00+00	t	2025-10-20	\N	\N
219	39	2	in_progress	27	in_progress	20	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2025-11-26 02:00:00+00	t	2025-10-20	\N	\N
220	39	3	in_progress	34	in_progress	27	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-01-15 02:00:00+00	t	2025-10-20	\N	\N
221	39	4	in_progress	41	in_progress	34	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-03-14 02:00:00+00	t	2025-10-20	\N	\N
222	39	5	in_progress	48	in_progress	41	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-05-03 02:00:00+00	t	2025-10-20	\N	\N
223	39	6	in_progress	55	in_progress	48	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-06-07 02:00:00+00	t	2025-10-20	\N	\N
224	39	7	in_progress	62	in_progress	55	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-08-06 02:00:00+00	t	2025-10-20	\N	\N
225	39	8	in_progress	70	in_progress	62	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-09-28 02:00:00+00	t	2025-10-20	\N	\N
226	40	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	福厦泉试点工作专班（演示）	2025-10-17 02:00:00+00	t	2025-10-17	\N	\N
227	40	2	in_progress	16	in_progress	10	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2025-11-26 02:00:00+00	t	2025-10-17	\N	\N
228	40	3	in_progress	22	in_progress	16	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-01-22 02:00:00+00	t	2025-10-17	\N	\N
229	40	4	in_progress	28	in_progress	22	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-02-27 02:00:00+00	t	2025-10-17	\N	\N
230	40	5	in_progress	34	in_progress	28	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-04-07 02:00:00+00	t	2025-10-17	\N	\N
231	40	6	in_progress	40	in_progress	34	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-06-07 02:00:00+00	t	2025-10-17	\N	\N
232	40	8	in_progress	45	in_progress	40	任务启动，已明确责任分工和工作计划。	[]	福厦泉试点工作专班（演示）	2026-08-27 02:00:00+00	t	2025-10-17	\N	\N
233	40	9	in_progress	60	in_progress	45	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-10-26 02:00:00+00	t	2025-10-17	\N	\N
234	41	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	福厦泉试点工作专班（演示）	2025-10-19 02:00:00+00	t	2025-10-19	\N	\N
235	41	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2025-11-25 02:00:00+00	t	2025-10-19	\N	\N
236	41	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-01-16 02:00:00+00	t	2025-10-19	\N	\N
237	41	4	in_progress	33	in_progress	25	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-03-17 02:00:00+00	t	2025-10-19	\N	\N
238	41	5	in_progress	41	in_progress	33	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-05-19 02:00:00+00	t	2025-10-19	\N	\N
239	41	6	in_progress	49	in_progress	41	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-07-17 02:00:00+00	t	2025-10-19	\N	\N
240	41	7	in_progress	57	in_progress	49	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-08-23 02:00:00+00	t	2025-10-19	\N	\N
241	41	8	in_progress	65	in_progress	57	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-09-27 02:00:00+00	t	2025-10-19	\N	\N
242	42	1	in_progress	15	not_started	0	任务启动，已明确责任分工和工作计划。	[]	福厦泉试点工作专班（演示）	2025-10-27 02:00:00+00	t	2025-10-27	\N	\N
243	42	2	in_progress	28	in_progress	15	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2025-12-19 02:00:00+00	t	2025-10-27	\N	\N
244	42	3	in_progress	42	in_progress	28	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-01-28 02:00:00+00	t	2025-10-27	\N	\N
245	42	4	in_progress	56	in_progress	42	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-03-25 02:00:00+00	t	2025-10-27	\N	\N
246	42	5	in_progress	70	in_progress	56	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-04-29 02:00:00+00	t	2025-10-27	\N	\N
247	42	6	delayed	80	in_progress	70	配套政策出台晚于预期，完成时间顺延。	[]	福厦泉试点工作专班（演示）	2026-05-27 02:00:00+00	t	2025-10-27	\N	\N
248	42	7	completed	100	delayed	80	任务完成，已报送试点总结。	[{"label": "福厦泉试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕54号"}]	福厦泉试点工作专班（演示）	2026-07-21 02:00:00+00	t	2025-10-27	2026-07-21	\N
249	43	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	福厦泉试点工作专班（演示）	2025-10-24 02:00:00+00	t	2025-10-24	\N	\N
250	43	2	in_progress	13	in_progress	10	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2025-12-21 02:00:00+00	t	2025-10-24	\N	\N
251	43	3	in_progress	16	in_progress	13	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-01-28 02:00:00+00	t	2025-10-24	\N	\N
252	43	4	in_progress	20	in_progress	16	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-03-09 02:00:00+00	t	2025-10-24	\N	\N
253	43	5	in_progress	23	in_progress	20	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-04-23 02:00:00+00	t	2025-10-24	\N	\N
254	43	6	in_progress	26	in_progress	23	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-06-06 02:00:00+00	t	2025-10-24	\N	\N
255	43	7	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2026-07-13 02:00:00+00	t	2025-10-24	\N	\N
256	43	8	suspended	30	in_progress	30	等待国家有关部门政策细则，暂停推进。	[]	福厦泉试点工作专班（演示）	2026-09-16 02:00:00+00	t	2025-10-24	\N	\N
257	44	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	福厦泉试点工作专班（演示）	2025-10-20 02:00:00+00	t	2025-10-20	\N	\N
258	44	2	in_progress	20	in_progress	10	按计划推进，完成阶段性工作。	[]	福厦泉试点工作专班（演示）	2025-12-17 02:00:00+00	t	2025-10-20	\N	\N
259	45	1	not_started	0	not_started	0	前期准备中，按计划于2026-12-15启动。	[]	福厦泉试点工作专班（演示）	2026-10-31 02:00:00+00	t	\N	\N	\N
260	46	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
261	46	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
262	46	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	粤港澳大湾区内地九市试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
263	47	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-10-26 02:00:00+00	t	2025-10-26	\N	\N
264	47	2	in_progress	32	in_progress	20	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-12-12 02:00:00+00	t	2025-10-26	\N	\N
265	47	3	in_progress	44	in_progress	32	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-02-12 02:00:00+00	t	2025-10-26	\N	\N
266	47	4	in_progress	56	in_progress	44	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-04-04 02:00:00+00	t	2025-10-26	\N	\N
267	47	5	in_progress	68	in_progress	56	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-05-12 02:00:00+00	t	2025-10-26	\N	\N
268	47	6	in_progress	80	in_progress	68	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-07-08 02:00:00+00	t	2025-10-26	\N	\N
269	47	7	completed	100	in_progress	80	提前完成试点任务，形成可复制经验。	[{"label": "粤港澳大湾区内地九市试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕114号"}]	粤港澳大湾区内地九市试点工作专班（演示）	2026-08-22 02:00:00+00	t	2025-10-26	2026-08-22	\N
270	48	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-10-19 02:00:00+00	t	2025-10-19	\N	\N
271	48	2	in_progress	20	in_progress	10	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-11-25 02:00:00+00	t	2025-10-19	\N	\N
272	49	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-10-17 02:00:00+00	t	2025-10-17	\N	\N
273	49	2	in_progress	28	in_progress	20	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-12-14 02:00:00+00	t	2025-10-17	\N	\N
274	49	3	in_progress	36	in_progress	28	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-02-14 02:00:00+00	t	2025-10-17	\N	\N
275	49	4	in_progress	45	in_progress	36	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-03-30 02:00:00+00	t	2025-10-17	\N	\N
276	49	5	in_progress	53	in_progress	45	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-05-22 02:00:00+00	t	2025-10-17	\N	\N
277	49	6	in_progress	61	in_progress	53	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-07-07 02:00:00+00	t	2025-10-17	\N	\N
278	49	7	in_progress	70	in_progress	61	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-09-01 02:00:00+00	t	2025-10-17	\N	\N
279	50	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-10-31 02:00:00+00	t	2025-10-31	\N	\N
280	50	2	in_progress	16	in_progress	10	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-12-10 02:00:00+00	t	2025-10-31	\N	\N
281	50	3	in_progress	22	in_progress	16	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-01-20 02:00:00+00	t	2025-10-31	\N	\N
282	50	4	in_progress	28	in_progress	22	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-03-20 02:00:00+00	t	2025-10-31	\N	\N
283	50	5	in_progress	34	in_progress	28	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-04-25 02:00:00+00	t	2025-10-31	\N	\N
284	50	6	in_progress	40	in_progress	34	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-05-31 02:00:00+00	t	2025-10-31	\N	\N
285	50	8	in_progress	45	in_progress	40	任务启动，已明确责任分工和工作计划。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-08-27 02:00:00+00	t	2025-10-31	\N	\N
286	50	9	in_progress	60	in_progress	45	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-10-25 02:00:00+00	t	2025-10-31	\N	\N
287	51	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-10-19 02:00:00+00	t	2025-10-19	\N	\N
288	51	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-12-13 02:00:00+00	t	2025-10-19	\N	\N
289	51	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-01-29 02:00:00+00	t	2025-10-19	\N	\N
290	51	4	in_progress	33	in_progress	25	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-04-04 02:00:00+00	t	2025-10-19	\N	\N
291	51	5	in_progress	41	in_progress	33	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-06-05 02:00:00+00	t	2025-10-19	\N	\N
292	51	6	in_progress	49	in_progress	41	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-07-19 02:00:00+00	t	2025-10-19	\N	\N
293	51	7	in_progress	57	in_progress	49	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-08-25 02:00:00+00	t	2025-10-19	\N	\N
294	51	8	in_progress	65	in_progress	57	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-10-28 02:00:00+00	t	2025-10-19	\N	\N
295	52	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-10-27 02:00:00+00	t	2025-10-27	\N	\N
296	52	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-12-01 02:00:00+00	t	2025-10-27	\N	\N
297	52	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-01-08 02:00:00+00	t	2025-10-27	\N	\N
298	52	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-02-26 02:00:00+00	t	2025-10-27	\N	\N
299	52	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-04-08 02:00:00+00	t	2025-10-27	\N	\N
300	52	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-05-25 02:00:00+00	t	2025-10-27	\N	\N
301	52	7	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-07-25 02:00:00+00	t	2025-10-27	\N	\N
302	52	8	delayed	35	in_progress	35	涉及跨部门审批事项，进度落后于计划。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-10-16 02:00:00+00	t	2025-10-27	\N	\N
303	53	1	not_started	0	not_started	0	前期准备中，按计划于2026-12-17启动。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-10-31 02:00:00+00	t	\N	\N	\N
304	54	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-10-19 02:00:00+00	t	2025-10-19	\N	\N
305	54	2	in_progress	13	in_progress	10	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2025-12-14 02:00:00+00	t	2025-10-19	\N	\N
306	54	3	in_progress	16	in_progress	13	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-01-29 02:00:00+00	t	2025-10-19	\N	\N
307	54	4	in_progress	20	in_progress	16	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-03-07 02:00:00+00	t	2025-10-19	\N	\N
308	54	5	in_progress	23	in_progress	20	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-05-05 02:00:00+00	t	2025-10-19	\N	\N
309	54	6	in_progress	26	in_progress	23	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-06-09 02:00:00+00	t	2025-10-19	\N	\N
310	54	7	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-07-22 02:00:00+00	t	2025-10-19	\N	\N
311	54	8	suspended	30	in_progress	30	等待国家有关部门政策细则，暂停推进。	[]	粤港澳大湾区内地九市试点工作专班（演示）	2026-09-16 02:00:00+00	t	2025-10-19	\N	\N
312	55	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	杭甬温试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
313	55	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	杭甬温试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
314	55	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	杭甬温试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
315	56	1	not_started	0	not_started	0	前期准备中，按计划于2026-12-09启动。	[]	杭甬温试点工作专班（演示）	2026-10-31 02:00:00+00	t	\N	\N	\N
316	57	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	杭甬温试点工作专班（演示）	2025-10-20 02:00:00+00	t	2025-10-20	\N	\N
317	57	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2025-12-22 02:00:00+00	t	2025-10-20	\N	\N
318	57	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-02-23 02:00:00+00	t	2025-10-20	\N	\N
319	57	4	in_progress	32	in_progress	25	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-04-07 02:00:00+00	t	2025-10-20	\N	\N
320	57	5	in_progress	40	in_progress	32	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-06-10 02:00:00+00	t	2025-10-20	\N	\N
321	57	7	in_progress	45	in_progress	40	任务启动，已明确责任分工和工作计划。	[]	杭甬温试点工作专班（演示）	2026-08-27 02:00:00+00	t	2025-10-20	\N	\N
322	57	8	in_progress	60	in_progress	45	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-10-21 02:00:00+00	t	2025-10-20	\N	\N
323	58	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	杭甬温试点工作专班（演示）	2025-10-21 02:00:00+00	t	2025-10-21	\N	\N
324	58	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2025-12-18 02:00:00+00	t	2025-10-21	\N	\N
325	58	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-02-20 02:00:00+00	t	2025-10-21	\N	\N
326	58	4	in_progress	33	in_progress	25	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-03-30 02:00:00+00	t	2025-10-21	\N	\N
327	58	5	in_progress	41	in_progress	33	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-05-10 02:00:00+00	t	2025-10-21	\N	\N
328	58	6	in_progress	49	in_progress	41	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-06-14 02:00:00+00	t	2025-10-21	\N	\N
329	58	7	in_progress	57	in_progress	49	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-07-20 02:00:00+00	t	2025-10-21	\N	\N
330	58	8	in_progress	65	in_progress	57	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-09-12 02:00:00+00	t	2025-10-21	\N	\N
331	59	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	杭甬温试点工作专班（演示）	2025-10-20 02:00:00+00	t	2025-10-20	\N	\N
332	59	2	in_progress	32	in_progress	20	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2025-11-30 02:00:00+00	t	2025-10-20	\N	\N
333	59	3	in_progress	44	in_progress	32	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-01-31 02:00:00+00	t	2025-10-20	\N	\N
334	59	4	in_progress	56	in_progress	44	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-03-26 02:00:00+00	t	2025-10-20	\N	\N
335	59	5	in_progress	68	in_progress	56	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-05-07 02:00:00+00	t	2025-10-20	\N	\N
336	59	6	in_progress	80	in_progress	68	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-07-09 02:00:00+00	t	2025-10-20	\N	\N
337	59	7	completed	100	in_progress	80	提前完成试点任务，形成可复制经验。	[{"label": "杭甬温试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕71号"}]	杭甬温试点工作专班（演示）	2026-08-18 02:00:00+00	t	2025-10-20	2026-08-18	\N
338	60	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	杭甬温试点工作专班（演示）	2025-10-16 02:00:00+00	t	2025-10-16	\N	\N
339	60	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2025-12-03 02:00:00+00	t	2025-10-16	\N	\N
340	60	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-02-04 02:00:00+00	t	2025-10-16	\N	\N
341	60	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-03-26 02:00:00+00	t	2025-10-16	\N	\N
342	60	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-05-06 02:00:00+00	t	2025-10-16	\N	\N
343	60	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-07-01 02:00:00+00	t	2025-10-16	\N	\N
344	60	7	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-08-28 02:00:00+00	t	2025-10-16	\N	\N
345	60	8	delayed	35	in_progress	35	涉及跨部门审批事项，进度落后于计划。	[]	杭甬温试点工作专班（演示）	2026-10-16 02:00:00+00	t	2025-10-16	\N	\N
346	61	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	杭甬温试点工作专班（演示）	2025-10-23 02:00:00+00	t	2025-10-23	\N	\N
347	61	2	in_progress	20	in_progress	10	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2025-12-11 02:00:00+00	t	2025-10-23	\N	\N
348	62	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	杭甬温试点工作专班（演示）	2025-10-28 02:00:00+00	t	2025-10-28	\N	\N
349	62	2	in_progress	28	in_progress	20	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2025-12-21 02:00:00+00	t	2025-10-28	\N	\N
350	62	3	in_progress	36	in_progress	28	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-02-23 02:00:00+00	t	2025-10-28	\N	\N
351	62	4	in_progress	45	in_progress	36	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-04-29 02:00:00+00	t	2025-10-28	\N	\N
352	62	5	in_progress	53	in_progress	45	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-06-21 02:00:00+00	t	2025-10-28	\N	\N
353	62	6	in_progress	61	in_progress	53	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-08-14 02:00:00+00	t	2025-10-28	\N	\N
354	62	7	in_progress	70	in_progress	61	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-09-24 02:00:00+00	t	2025-10-28	\N	\N
355	63	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	杭甬温试点工作专班（演示）	2025-10-22 02:00:00+00	t	2025-10-22	\N	\N
356	63	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2025-12-23 02:00:00+00	t	2025-10-22	\N	\N
357	63	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-02-04 02:00:00+00	t	2025-10-22	\N	\N
358	63	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-03-29 02:00:00+00	t	2025-10-22	\N	\N
359	63	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-05-27 02:00:00+00	t	2025-10-22	\N	\N
360	63	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	杭甬温试点工作专班（演示）	2026-07-10 02:00:00+00	t	2025-10-22	\N	\N
361	63	7	suspended	30	in_progress	30	等待国家有关部门政策细则，暂停推进。	[]	杭甬温试点工作专班（演示）	2026-09-16 02:00:00+00	t	2025-10-22	\N	\N
362	64	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	合肥都市圈试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
363	64	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	合肥都市圈试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
364	64	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	合肥都市圈试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
365	65	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	合肥都市圈试点工作专班（演示）	2025-10-17 02:00:00+00	t	2025-10-17	\N	\N
366	65	2	in_progress	32	in_progress	20	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2025-12-08 02:00:00+00	t	2025-10-17	\N	\N
367	65	3	in_progress	44	in_progress	32	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-01-15 02:00:00+00	t	2025-10-17	\N	\N
368	65	4	in_progress	56	in_progress	44	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-02-26 02:00:00+00	t	2025-10-17	\N	\N
369	65	5	in_progress	68	in_progress	56	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-04-15 02:00:00+00	t	2025-10-17	\N	\N
370	65	6	in_progress	80	in_progress	68	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-06-19 02:00:00+00	t	2025-10-17	\N	\N
371	65	7	completed	100	in_progress	80	提前完成试点任务，形成可复制经验。	[{"label": "合肥都市圈试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕123号"}]	合肥都市圈试点工作专班（演示）	2026-08-14 02:00:00+00	t	2025-10-17	2026-08-14	\N
372	66	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	合肥都市圈试点工作专班（演示）	2025-10-19 02:00:00+00	t	2025-10-19	\N	\N
373	66	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2025-12-04 02:00:00+00	t	2025-10-19	\N	\N
374	66	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-01-17 02:00:00+00	t	2025-10-19	\N	\N
375	66	4	in_progress	33	in_progress	25	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-03-17 02:00:00+00	t	2025-10-19	\N	\N
376	66	5	in_progress	41	in_progress	33	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-05-08 02:00:00+00	t	2025-10-19	\N	\N
377	66	6	in_progress	49	in_progress	41	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-07-12 02:00:00+00	t	2025-10-19	\N	\N
378	66	7	in_progress	57	in_progress	49	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-08-17 02:00:00+00	t	2025-10-19	\N	\N
379	66	8	in_progress	65	in_progress	57	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-09-27 02:00:00+00	t	2025-10-19	\N	\N
380	67	1	not_started	0	not_started	0	前期准备中，按计划于2026-12-06启动。	[]	合肥都市圈试点工作专班（演示）	2026-10-31 02:00:00+00	t	\N	\N	\N
381	68	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	合肥都市圈试点工作专班（演示）	2025-10-30 02:00:00+00	t	2025-10-30	\N	\N
382	68	2	in_progress	20	in_progress	10	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2025-12-14 02:00:00+00	t	2025-10-30	\N	\N
383	69	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	合肥都市圈试点工作专班（演示）	2025-10-19 02:00:00+00	t	2025-10-19	\N	\N
384	69	2	in_progress	27	in_progress	20	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2025-11-25 02:00:00+00	t	2025-10-19	\N	\N
385	69	3	in_progress	34	in_progress	27	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-01-12 02:00:00+00	t	2025-10-19	\N	\N
386	69	4	in_progress	41	in_progress	34	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-03-14 02:00:00+00	t	2025-10-19	\N	\N
387	69	5	in_progress	48	in_progress	41	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-04-22 02:00:00+00	t	2025-10-19	\N	\N
388	69	6	in_progress	55	in_progress	48	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-06-18 02:00:00+00	t	2025-10-19	\N	\N
389	69	7	in_progress	62	in_progress	55	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-08-14 02:00:00+00	t	2025-10-19	\N	\N
390	69	8	in_progress	70	in_progress	62	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-09-29 02:00:00+00	t	2025-10-19	\N	\N
391	70	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	合肥都市圈试点工作专班（演示）	2025-10-29 02:00:00+00	t	2025-10-29	\N	\N
392	70	2	in_progress	13	in_progress	10	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2025-12-24 02:00:00+00	t	2025-10-29	\N	\N
393	70	3	in_progress	16	in_progress	13	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-02-14 02:00:00+00	t	2025-10-29	\N	\N
394	70	4	in_progress	20	in_progress	16	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-04-05 02:00:00+00	t	2025-10-29	\N	\N
395	70	5	in_progress	23	in_progress	20	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-05-17 02:00:00+00	t	2025-10-29	\N	\N
396	70	6	in_progress	26	in_progress	23	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-07-05 02:00:00+00	t	2025-10-29	\N	\N
397	70	7	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-08-10 02:00:00+00	t	2025-10-29	\N	\N
398	70	8	suspended	30	in_progress	30	等待国家有关部门政策细则，暂停推进。	[]	合肥都市圈试点工作专班（演示）	2026-09-16 02:00:00+00	t	2025-10-29	\N	\N
399	71	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	合肥都市圈试点工作专班（演示）	2025-10-20 02:00:00+00	t	2025-10-20	\N	\N
400	71	2	in_progress	15	in_progress	10	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2025-11-26 02:00:00+00	t	2025-10-20	\N	\N
401	71	3	in_progress	20	in_progress	15	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-01-04 02:00:00+00	t	2025-10-20	\N	\N
402	71	4	in_progress	25	in_progress	20	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-02-10 02:00:00+00	t	2025-10-20	\N	\N
403	71	5	in_progress	30	in_progress	25	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-04-07 02:00:00+00	t	2025-10-20	\N	\N
404	71	6	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-05-19 02:00:00+00	t	2025-10-20	\N	\N
405	71	7	in_progress	40	in_progress	35	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-07-12 02:00:00+00	t	2025-10-20	\N	\N
406	71	9	in_progress	45	in_progress	40	任务启动，已明确责任分工和工作计划。	[]	合肥都市圈试点工作专班（演示）	2026-08-27 02:00:00+00	t	2025-10-20	\N	\N
407	71	10	in_progress	60	in_progress	45	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-10-03 02:00:00+00	t	2025-10-20	\N	\N
408	72	1	in_progress	15	not_started	0	任务启动，已明确责任分工和工作计划。	[]	合肥都市圈试点工作专班（演示）	2025-10-20 02:00:00+00	t	2025-10-20	\N	\N
409	72	2	in_progress	28	in_progress	15	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2025-12-15 02:00:00+00	t	2025-10-20	\N	\N
410	72	3	in_progress	42	in_progress	28	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-01-23 02:00:00+00	t	2025-10-20	\N	\N
411	72	4	in_progress	56	in_progress	42	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-03-28 02:00:00+00	t	2025-10-20	\N	\N
412	72	5	in_progress	70	in_progress	56	按计划推进，完成阶段性工作。	[]	合肥都市圈试点工作专班（演示）	2026-05-05 02:00:00+00	t	2025-10-20	\N	\N
413	72	6	delayed	80	in_progress	70	配套政策出台晚于预期，完成时间顺延。	[]	合肥都市圈试点工作专班（演示）	2026-05-22 02:00:00+00	t	2025-10-20	\N	\N
414	72	7	completed	100	delayed	80	任务完成，已报送试点总结。	[{"label": "合肥都市圈试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕82号"}]	合肥都市圈试点工作专班（演示）	2026-07-16 02:00:00+00	t	2025-10-20	2026-07-16	\N
415	73	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	苏南重点城市试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
416	73	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	苏南重点城市试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
417	73	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	苏南重点城市试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
418	74	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	苏南重点城市试点工作专班（演示）	2025-10-30 02:00:00+00	t	2025-10-30	\N	\N
419	74	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2025-12-26 02:00:00+00	t	2025-10-30	\N	\N
420	74	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-02-22 02:00:00+00	t	2025-10-30	\N	\N
421	74	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-03-31 02:00:00+00	t	2025-10-30	\N	\N
422	74	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-05-16 02:00:00+00	t	2025-10-30	\N	\N
423	74	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-07-01 02:00:00+00	t	2025-10-30	\N	\N
424	74	7	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-08-06 02:00:00+00	t	2025-10-30	\N	\N
425	74	8	delayed	35	in_progress	35	涉及跨部门审批事项，进度落后于计划。	[]	苏南重点城市试点工作专班（演示）	2026-10-16 02:00:00+00	t	2025-10-30	\N	\N
426	75	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	苏南重点城市试点工作专班（演示）	2025-10-17 02:00:00+00	t	2025-10-17	\N	\N
427	75	2	in_progress	20	in_progress	10	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2025-12-12 02:00:00+00	t	2025-10-17	\N	\N
428	76	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	苏南重点城市试点工作专班（演示）	2025-10-15 02:00:00+00	t	2025-10-15	\N	\N
429	76	2	in_progress	13	in_progress	10	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2025-11-28 02:00:00+00	t	2025-10-15	\N	\N
430	76	3	in_progress	16	in_progress	13	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-01-21 02:00:00+00	t	2025-10-15	\N	\N
431	76	4	in_progress	20	in_progress	16	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-03-11 02:00:00+00	t	2025-10-15	\N	\N
432	76	5	in_progress	23	in_progress	20	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-05-05 02:00:00+00	t	2025-10-15	\N	\N
433	76	6	in_progress	26	in_progress	23	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-06-11 02:00:00+00	t	2025-10-15	\N	\N
434	76	7	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-08-10 02:00:00+00	t	2025-10-15	\N	\N
435	76	8	suspended	30	in_progress	30	等待国家有关部门政策细则，暂停推进。	[]	苏南重点城市试点工作专班（演示）	2026-09-16 02:00:00+00	t	2025-10-15	\N	\N
436	77	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	苏南重点城市试点工作专班（演示）	2025-10-20 02:00:00+00	t	2025-10-20	\N	\N
437	77	2	in_progress	15	in_progress	10	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2025-12-17 02:00:00+00	t	2025-10-20	\N	\N
438	77	3	in_progress	20	in_progress	15	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-01-24 02:00:00+00	t	2025-10-20	\N	\N
439	77	4	in_progress	25	in_progress	20	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-02-28 02:00:00+00	t	2025-10-20	\N	\N
440	77	5	in_progress	30	in_progress	25	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-04-05 02:00:00+00	t	2025-10-20	\N	\N
441	77	6	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-05-27 02:00:00+00	t	2025-10-20	\N	\N
442	77	7	in_progress	40	in_progress	35	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-07-07 02:00:00+00	t	2025-10-20	\N	\N
443	77	9	in_progress	45	in_progress	40	任务启动，已明确责任分工和工作计划。	[]	苏南重点城市试点工作专班（演示）	2026-08-27 02:00:00+00	t	2025-10-20	\N	\N
444	77	10	in_progress	60	in_progress	45	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-10-17 02:00:00+00	t	2025-10-20	\N	\N
445	78	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	苏南重点城市试点工作专班（演示）	2025-10-29 02:00:00+00	t	2025-10-29	\N	\N
446	78	2	in_progress	17	in_progress	10	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2025-12-31 02:00:00+00	t	2025-10-29	\N	\N
447	78	3	in_progress	25	in_progress	17	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-03-06 02:00:00+00	t	2025-10-29	\N	\N
448	78	4	in_progress	33	in_progress	25	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-04-15 02:00:00+00	t	2025-10-29	\N	\N
449	78	5	in_progress	41	in_progress	33	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-06-03 02:00:00+00	t	2025-10-29	\N	\N
450	78	6	in_progress	49	in_progress	41	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-07-25 02:00:00+00	t	2025-10-29	\N	\N
451	78	7	in_progress	57	in_progress	49	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-09-02 02:00:00+00	t	2025-10-29	\N	\N
452	78	8	in_progress	65	in_progress	57	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-10-30 02:00:00+00	t	2025-10-29	\N	\N
453	79	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	苏南重点城市试点工作专班（演示）	2025-10-18 02:00:00+00	t	2025-10-18	\N	\N
454	79	2	in_progress	28	in_progress	20	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2025-11-30 02:00:00+00	t	2025-10-18	\N	\N
455	79	3	in_progress	36	in_progress	28	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-01-28 02:00:00+00	t	2025-10-18	\N	\N
456	79	4	in_progress	45	in_progress	36	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-03-21 02:00:00+00	t	2025-10-18	\N	\N
457	79	5	in_progress	53	in_progress	45	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-05-21 02:00:00+00	t	2025-10-18	\N	\N
458	79	6	in_progress	61	in_progress	53	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-07-14 02:00:00+00	t	2025-10-18	\N	\N
459	79	7	in_progress	70	in_progress	61	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-09-17 02:00:00+00	t	2025-10-18	\N	\N
460	80	1	in_progress	15	not_started	0	任务启动，已明确责任分工和工作计划。	[]	苏南重点城市试点工作专班（演示）	2025-10-15 02:00:00+00	t	2025-10-15	\N	\N
461	80	2	in_progress	28	in_progress	15	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2025-12-15 02:00:00+00	t	2025-10-15	\N	\N
462	80	3	in_progress	42	in_progress	28	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-01-26 02:00:00+00	t	2025-10-15	\N	\N
463	80	4	in_progress	56	in_progress	42	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-03-21 02:00:00+00	t	2025-10-15	\N	\N
464	80	5	in_progress	70	in_progress	56	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-04-25 02:00:00+00	t	2025-10-15	\N	\N
465	80	6	delayed	80	in_progress	70	配套政策出台晚于预期，完成时间顺延。	[]	苏南重点城市试点工作专班（演示）	2026-05-17 02:00:00+00	t	2025-10-15	\N	\N
466	80	7	completed	100	delayed	80	任务完成，已报送试点总结。	[{"label": "苏南重点城市试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕82号"}]	苏南重点城市试点工作专班（演示）	2026-07-11 02:00:00+00	t	2025-10-15	2026-07-11	\N
467	81	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	苏南重点城市试点工作专班（演示）	2025-10-27 02:00:00+00	t	2025-10-27	\N	\N
468	81	2	in_progress	30	in_progress	20	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2025-12-09 02:00:00+00	t	2025-10-27	\N	\N
469	81	3	in_progress	40	in_progress	30	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-01-27 02:00:00+00	t	2025-10-27	\N	\N
470	81	4	in_progress	50	in_progress	40	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-03-07 02:00:00+00	t	2025-10-27	\N	\N
471	81	5	in_progress	60	in_progress	50	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-04-16 02:00:00+00	t	2025-10-27	\N	\N
472	81	6	in_progress	70	in_progress	60	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-05-22 02:00:00+00	t	2025-10-27	\N	\N
473	81	7	in_progress	80	in_progress	70	按计划推进，完成阶段性工作。	[]	苏南重点城市试点工作专班（演示）	2026-07-12 02:00:00+00	t	2025-10-27	\N	\N
474	81	8	completed	100	in_progress	80	提前完成试点任务，形成可复制经验。	[{"label": "苏南重点城市试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕102号"}]	苏南重点城市试点工作专班（演示）	2026-08-25 02:00:00+00	t	2025-10-27	2026-08-25	\N
475	82	1	in_progress	30	not_started	0	实施方案起草工作启动。	[]	郑州市试点工作专班（演示）	2022-03-01 02:00:00+00	t	2022-03-01	\N	\N
476	82	2	delayed	60	in_progress	30	实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。	[]	郑州市试点工作专班（演示）	2022-07-08 02:00:00+00	t	2022-03-01	\N	\N
477	82	3	completed	100	delayed	60	国务院批复同意实施方案，试点期限自批复之日起2年。	[{"label": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复", "documentNumber": "国函〔2025〕86号"}]	郑州市试点工作专班（演示）	2025-09-11 02:00:00+00	t	2022-03-01	2025-09-11	\N
478	83	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	郑州市试点工作专班（演示）	2025-10-13 02:00:00+00	t	2025-10-13	\N	\N
479	83	2	in_progress	16	in_progress	10	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2025-11-24 02:00:00+00	t	2025-10-13	\N	\N
480	83	3	in_progress	23	in_progress	16	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-01-06 02:00:00+00	t	2025-10-13	\N	\N
481	83	4	in_progress	30	in_progress	23	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-02-12 02:00:00+00	t	2025-10-13	\N	\N
482	83	5	in_progress	37	in_progress	30	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-04-07 02:00:00+00	t	2025-10-13	\N	\N
483	83	6	in_progress	44	in_progress	37	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-06-09 02:00:00+00	t	2025-10-13	\N	\N
484	83	7	in_progress	51	in_progress	44	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-07-25 02:00:00+00	t	2025-10-13	\N	\N
485	83	8	in_progress	58	in_progress	51	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-09-01 02:00:00+00	t	2025-10-13	\N	\N
486	83	9	in_progress	65	in_progress	58	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-10-24 02:00:00+00	t	2025-10-13	\N	\N
487	84	1	in_progress	15	not_started	0	任务启动，已明确责任分工和工作计划。	[]	郑州市试点工作专班（演示）	2025-10-27 02:00:00+00	t	2025-10-27	\N	\N
488	84	2	in_progress	28	in_progress	15	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2025-12-16 02:00:00+00	t	2025-10-27	\N	\N
489	84	3	in_progress	42	in_progress	28	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-01-26 02:00:00+00	t	2025-10-27	\N	\N
490	84	4	in_progress	56	in_progress	42	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-03-14 02:00:00+00	t	2025-10-27	\N	\N
491	84	5	in_progress	70	in_progress	56	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-05-06 02:00:00+00	t	2025-10-27	\N	\N
492	84	6	delayed	80	in_progress	70	配套政策出台晚于预期，完成时间顺延。	[]	郑州市试点工作专班（演示）	2026-05-26 02:00:00+00	t	2025-10-27	\N	\N
493	84	7	completed	100	delayed	80	任务完成，已报送试点总结。	[{"label": "郑州市试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕84号"}]	郑州市试点工作专班（演示）	2026-07-20 02:00:00+00	t	2025-10-27	2026-07-20	\N
494	85	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	郑州市试点工作专班（演示）	2025-10-27 02:00:00+00	t	2025-10-27	\N	\N
495	86	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	郑州市试点工作专班（演示）	2025-10-25 02:00:00+00	t	2025-10-25	\N	\N
496	86	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2025-12-01 02:00:00+00	t	2025-10-25	\N	\N
497	86	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-01-18 02:00:00+00	t	2025-10-25	\N	\N
498	86	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-03-08 02:00:00+00	t	2025-10-25	\N	\N
499	86	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-04-22 02:00:00+00	t	2025-10-25	\N	\N
500	86	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-06-01 02:00:00+00	t	2025-10-25	\N	\N
501	86	7	in_progress	35	in_progress	30	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-07-30 02:00:00+00	t	2025-10-25	\N	\N
502	86	8	delayed	35	in_progress	35	涉及跨部门审批事项，进度落后于计划。	[]	郑州市试点工作专班（演示）	2026-10-16 02:00:00+00	t	2025-10-25	\N	\N
503	87	1	not_started	0	not_started	0	前期准备中，按计划于2026-12-17启动。	[]	郑州市试点工作专班（演示）	2026-10-31 02:00:00+00	t	\N	\N	\N
504	88	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	郑州市试点工作专班（演示）	2025-10-29 02:00:00+00	t	2025-10-29	\N	\N
505	88	2	in_progress	27	in_progress	20	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2025-12-10 02:00:00+00	t	2025-10-29	\N	\N
506	88	3	in_progress	34	in_progress	27	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-02-09 02:00:00+00	t	2025-10-29	\N	\N
507	88	4	in_progress	41	in_progress	34	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-04-02 02:00:00+00	t	2025-10-29	\N	\N
508	88	5	in_progress	48	in_progress	41	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-05-08 02:00:00+00	t	2025-10-29	\N	\N
509	88	6	in_progress	55	in_progress	48	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-06-16 02:00:00+00	t	2025-10-29	\N	\N
510	88	7	in_progress	62	in_progress	55	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-08-08 02:00:00+00	t	2025-10-29	\N	\N
511	88	8	in_progress	70	in_progress	62	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-10-06 02:00:00+00	t	2025-10-29	\N	\N
512	89	1	in_progress	10	not_started	0	任务启动，已明确责任分工和工作计划。	[]	郑州市试点工作专班（演示）	2025-10-26 02:00:00+00	t	2025-10-26	\N	\N
513	89	2	in_progress	14	in_progress	10	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2025-12-21 02:00:00+00	t	2025-10-26	\N	\N
514	89	3	in_progress	18	in_progress	14	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-02-15 02:00:00+00	t	2025-10-26	\N	\N
515	89	4	in_progress	22	in_progress	18	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-03-26 02:00:00+00	t	2025-10-26	\N	\N
516	89	5	in_progress	26	in_progress	22	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-05-25 02:00:00+00	t	2025-10-26	\N	\N
517	89	6	in_progress	30	in_progress	26	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-07-11 02:00:00+00	t	2025-10-26	\N	\N
518	89	7	suspended	30	in_progress	30	等待国家有关部门政策细则，暂停推进。	[]	郑州市试点工作专班（演示）	2026-09-16 02:00:00+00	t	2025-10-26	\N	\N
519	90	1	in_progress	20	not_started	0	任务启动，已明确责任分工和工作计划。	[]	郑州市试点工作专班（演示）	2025-10-23 02:00:00+00	t	2025-10-23	\N	\N
520	90	2	in_progress	30	in_progress	20	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2025-12-08 02:00:00+00	t	2025-10-23	\N	\N
521	90	3	in_progress	40	in_progress	30	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-02-08 02:00:00+00	t	2025-10-23	\N	\N
522	90	4	in_progress	50	in_progress	40	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-04-05 02:00:00+00	t	2025-10-23	\N	\N
523	90	5	in_progress	60	in_progress	50	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-05-13 02:00:00+00	t	2025-10-23	\N	\N
524	90	6	in_progress	70	in_progress	60	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-06-21 02:00:00+00	t	2025-10-23	\N	\N
525	90	7	in_progress	80	in_progress	70	按计划推进，完成阶段性工作。	[]	郑州市试点工作专班（演示）	2026-07-27 02:00:00+00	t	2025-10-23	\N	\N
526	90	8	completed	100	in_progress	80	提前完成试点任务，形成可复制经验。	[{"label": "郑州市试点任务完成情况报告（演示）", "documentNumber": "演示〔2026〕51号"}]	郑州市试点工作专班（演示）	2026-08-23 02:00:00+00	t	2025-10-23	2026-08-23	\N
\.


--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.task (id, region_id, measure_code, milestone_code, title_zh, title_en, description_zh, description_en, responsible_unit, baseline_start, baseline_end, planned_start, planned_end, actual_start, actual_end, status, progress, last_verified_at, implementation_doc_number, implementation_doc_url, demo, version, created_at, updated_at, internal_note, external_key) FROM stdin;
1	1	4.2	2022H1	编制北京城市副中心要素市场化配置综合改革试点实施方案并报批	Draft the Beijing Municipal Sub-centre (Tongzhou) implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	北京城市副中心试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
2	1	6.1	2025	鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地	Encourage supplying industrial land through long-term leases	鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地。	\N	北京城市副中心自然资源主管部门	2025-10-19	2027-04-26	2025-10-19	2027-07-25	2025-10-21	\N	in_progress	60	2026-10-02 02:00:00+00	国函〔2025〕86号	\N	t	9	2025-09-29 02:00:00+00	2026-10-02 02:00:00+00	\N	\N
3	1	11.1	2025	指导用人单位坚持需求导向	Guide employers to adopt demand-driven	指导用人单位坚持需求导向，采取符合实际的引才措施，在不以人才称号和学术头衔等人才“帽子”引才、不抢挖中西部和东北地区合同期内高层次人才的前提下，促进党政机关、国有企事业单位、社会团体管理人才合理有序流动。	\N	北京城市副中心人力资源社会保障部门	2025-10-12	2026-05-10	2025-10-12	2026-05-10	2025-10-16	2026-07-09	completed	100	2026-07-09 02:00:00+00	国函〔2025〕86号	\N	t	6	2025-09-22 02:00:00+00	2026-07-09 02:00:00+00	\N	\N
4	1	11.4	2025	支持探索灵活就业人员权益保障政策	Support exploring policies to protect the rights of flexibly employed workers.	支持探索灵活就业人员权益保障政策。	\N	北京城市副中心人力资源社会保障部门	2025-10-18	2026-08-14	2025-10-18	2026-08-14	2025-10-22	\N	in_progress	70	2026-10-19 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-28 02:00:00+00	2026-10-19 02:00:00+00	\N	\N
5	1	6.3	2025	支持产业用地实行“标准地”出让	Support 'standard land' transfers for industrial land to raise allocation efficiency.	支持产业用地实行“标准地”出让，提高配置效率。	\N	北京城市副中心自然资源主管部门	2025-10-14	2026-09-14	2025-10-14	2026-09-14	2025-10-15	2026-08-15	completed	100	2026-08-15 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-24 02:00:00+00	2026-08-15 02:00:00+00	\N	\N
6	1	10.3	2025	建设人口发展监测分析系统	Build a population development monitoring and analysis system to support major policymaking	建设人口发展监测分析系统，为重大政策制定、公共资源配置、城市运行管理等提供支撑。	\N	北京城市副中心公安机关	2025-10-20	2027-07-09	2025-10-20	2027-07-09	2025-10-25	\N	delayed	35	2026-10-16 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-30 02:00:00+00	2026-10-16 02:00:00+00	\N	\N
7	1	5.2	2025	允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制	Allow eligible areas to explore a mechanism for trans-provincial use of surplus quotas generated by linking increases in…	允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制。	\N	北京城市副中心自然资源主管部门	2025-10-21	2027-05-01	2025-10-21	2027-05-01	2025-10-23	\N	in_progress	65	2026-10-25 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-01 02:00:00+00	2026-10-25 02:00:00+00	\N	\N
8	1	6.2	2025	优化工业用地出让年期	Optimise the transfer terms of industrial land and improve the flexible transfer-term system.	优化工业用地出让年期，完善弹性出让年期制度。	\N	北京城市副中心自然资源主管部门	2025-10-16	2027-03-25	2025-10-16	2027-03-25	2025-10-18	\N	in_progress	20	2025-12-10 02:00:00+00	国函〔2025〕86号	\N	t	2	2025-09-26 02:00:00+00	2025-12-10 02:00:00+00	\N	\N
9	1	8.1	2025	在坚决守住土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线的前提下	Holding the three bottom lines (public land ownership unchanged	在坚决守住土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线的前提下，支持试点地区结合新一轮农村宅基地制度改革试点，探索宅基地所有权、资格权、使用权分置实现形式。	\N	北京城市副中心自然资源主管部门	2026-12-11	2027-08-06	2026-12-11	2027-08-06	\N	\N	not_started	0	2026-10-31 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-09-27 02:00:00+00	2026-10-31 02:00:00+00	\N	\N
10	7	4.2	2022H1	编制长株潭要素市场化配置综合改革试点实施方案并报批	Draft the Changsha-Zhuzhou-Xiangtan implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	长株潭试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
11	7	10.4	2025	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制	Establish fiscal-transfer	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制。	\N	长株潭公安机关	2026-12-08	2027-08-09	2026-12-08	2027-08-09	\N	\N	not_started	0	2026-10-31 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-09-24 02:00:00+00	2026-10-31 02:00:00+00	\N	\N
12	7	9.2	2025	统筹陆海资源管理，支持完善海域和无居民海岛有偿使用制度，加强海岸线动态监测	Coordinate land and sea resource management	统筹陆海资源管理，支持完善海域和无居民海岛有偿使用制度，加强海岸线动态监测。	\N	长株潭自然资源主管部门	2025-10-23	2027-03-18	2025-10-23	2027-03-18	2025-11-01	\N	delayed	35	2026-10-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-03 02:00:00+00	2026-10-16 02:00:00+00	\N	\N
13	7	5.2	2025	允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制	Allow eligible areas to explore a mechanism for trans-provincial use of surplus quotas generated by linking increases in…	允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制。	\N	长株潭自然资源主管部门	2025-10-25	2026-05-23	2025-10-25	2026-05-23	2025-10-27	2026-07-22	completed	100	2026-07-22 02:00:00+00	国函〔2025〕86号	\N	t	6	2025-10-05 02:00:00+00	2026-07-22 02:00:00+00	\N	\N
14	7	11.5	2025	探索建立职业资格证书、职业技能等级证书与学历证书有效衔接机制	Explore effective links between vocational qualification certificates	探索建立职业资格证书、职业技能等级证书与学历证书有效衔接机制。	\N	长株潭人力资源社会保障部门	2025-10-25	2027-05-29	2025-10-25	2027-05-29	2025-10-29	\N	suspended	30	2026-09-16 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-10-05 02:00:00+00	2026-09-16 02:00:00+00	\N	\N
15	7	8.1	2025	在坚决守住土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线的前提下	Holding the three bottom lines (public land ownership unchanged	在坚决守住土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线的前提下，支持试点地区结合新一轮农村宅基地制度改革试点，探索宅基地所有权、资格权、使用权分置实现形式。	\N	长株潭自然资源主管部门	2025-10-15	2027-06-07	2025-10-15	2027-06-07	2025-10-22	\N	in_progress	65	2026-10-12 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-25 02:00:00+00	2026-10-12 02:00:00+00	\N	\N
16	7	9.1	2025	探索建立沿海、海域、流域协同一体的海洋生态环境综合治理体系	Explore an integrated marine eco-environmental governance system covering coasts	探索建立沿海、海域、流域协同一体的海洋生态环境综合治理体系。	\N	长株潭自然资源主管部门	2025-10-23	2026-09-23	2025-10-23	2026-09-23	2025-10-26	2026-08-24	completed	100	2026-08-24 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-10-03 02:00:00+00	2026-08-24 02:00:00+00	\N	\N
17	7	11.6	2025	加快发展人力资源服务业	Accelerate development of the human-resources services industry	加快发展人力资源服务业，把服务就业的规模和质量等作为衡量行业发展成效的首要标准。	\N	长株潭人力资源社会保障部门	2025-10-25	2027-04-04	2025-10-25	2027-07-03	2025-10-25	\N	in_progress	60	2026-10-10 02:00:00+00	国函〔2025〕86号	\N	t	9	2025-10-05 02:00:00+00	2026-10-10 02:00:00+00	\N	\N
18	7	6.3	2025	支持产业用地实行“标准地”出让	Support 'standard land' transfers for industrial land to raise allocation efficiency.	支持产业用地实行“标准地”出让，提高配置效率。	\N	长株潭自然资源主管部门	2025-10-18	2026-08-14	2025-10-18	2026-08-14	2025-10-25	\N	in_progress	70	2026-10-15 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-28 02:00:00+00	2026-10-15 02:00:00+00	\N	\N
19	10	4.2	2022H1	编制成都市要素市场化配置综合改革试点实施方案并报批	Draft the Chengdu implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	成都市试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
20	10	11.6	2025	加快发展人力资源服务业	Accelerate development of the human-resources services industry	加快发展人力资源服务业，把服务就业的规模和质量等作为衡量行业发展成效的首要标准。	\N	成都市人力资源社会保障部门	2026-12-14	2027-08-03	2026-12-14	2027-08-03	\N	\N	not_started	0	2026-10-31 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-09-30 02:00:00+00	2026-10-31 02:00:00+00	\N	\N
21	10	5.1	2025	合理划分土地管理事权	Rationalise the division of land-management powers and	合理划分土地管理事权，在严格保护耕地、节约集约用地的前提下，探索赋予试点地区更大土地配置自主权。	\N	成都市自然资源主管部门	2025-10-17	2027-06-27	2025-10-17	2027-09-25	2025-10-18	\N	in_progress	60	2026-10-03 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-27 02:00:00+00	2026-10-03 02:00:00+00	\N	\N
22	10	8.2	2025	在依法自愿有偿的前提下	On a lawful, voluntary and compensated basis, allow existing collective construction land to change use in line with pla…	在依法自愿有偿的前提下，允许将存量集体建设用地依据规划改变用途入市交易。	\N	成都市自然资源主管部门	2025-10-21	2027-07-12	2025-10-21	2027-07-12	2025-10-24	\N	in_progress	65	2026-09-17 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-10-01 02:00:00+00	2026-09-17 02:00:00+00	\N	\N
23	10	10.4	2025	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制	Establish fiscal-transfer	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制。	\N	成都市公安机关	2025-10-18	2026-05-16	2025-10-18	2026-05-16	2025-10-20	2026-07-15	completed	100	2026-07-15 02:00:00+00	国函〔2025〕86号	\N	t	6	2025-09-28 02:00:00+00	2026-07-15 02:00:00+00	\N	\N
24	10	6.4	2025	支持不同产业用地类型合理转换	Support reasonable conversion between types of industrial land and improve policies on changing	支持不同产业用地类型合理转换，完善土地用途变更、整合、置换等政策。	\N	成都市自然资源主管部门	2025-10-18	2027-06-11	2025-10-18	2027-06-11	2025-10-18	\N	in_progress	10	2025-10-18 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-09-28 02:00:00+00	2025-10-18 02:00:00+00	\N	\N
25	10	9.2	2025	统筹陆海资源管理，支持完善海域和无居民海岛有偿使用制度，加强海岸线动态监测	Coordinate land and sea resource management	统筹陆海资源管理，支持完善海域和无居民海岛有偿使用制度，加强海岸线动态监测。	\N	成都市自然资源主管部门	2025-10-20	2026-08-16	2025-10-20	2026-08-16	2025-10-26	\N	in_progress	70	2026-10-17 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-30 02:00:00+00	2026-10-17 02:00:00+00	\N	\N
26	10	9.1	2025	探索建立沿海、海域、流域协同一体的海洋生态环境综合治理体系	Explore an integrated marine eco-environmental governance system covering coasts	探索建立沿海、海域、流域协同一体的海洋生态环境综合治理体系。	\N	成都市自然资源主管部门	2025-10-11	2027-05-02	2025-10-11	2027-05-02	2025-10-11	\N	suspended	30	2026-09-16 02:00:00+00	国函〔2025〕86号	\N	t	9	2025-09-21 02:00:00+00	2026-09-16 02:00:00+00	\N	\N
27	10	12.4	2025	加强技术转移专业人才队伍建设	Build a professional technology-transfer workforce	加强技术转移专业人才队伍建设，探索建立健全对科技成果转化人才、知识产权管理运营人员等的评价与激励办法，完善技术转移转化类职称评价标准。	\N	成都市人力资源社会保障部门	2025-10-24	2027-03-05	2025-10-24	2027-03-05	2025-10-29	\N	delayed	35	2026-10-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-04 02:00:00+00	2026-10-16 02:00:00+00	\N	\N
28	9	4.2	2022H1	编制重庆市要素市场化配置综合改革试点实施方案并报批	Draft the Chongqing implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	重庆市试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
29	9	12.1	2025	支持事业单位科研人员按照国家有关规定离岗创新创业	Support researchers at public institutions in leaving their posts to innovate or start businesses in accordance with nat…	支持事业单位科研人员按照国家有关规定离岗创新创业。	\N	重庆市人力资源社会保障部门	2026-12-16	2027-08-01	2026-12-16	2027-08-01	\N	\N	not_started	0	2026-10-31 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-10-02 02:00:00+00	2026-10-31 02:00:00+00	\N	\N
30	9	11.3	2025	支持事业单位通过特设岗位引进急需高层次专业化人才	Support public institutions in recruiting urgently needed high-level professionals through specially created posts.	支持事业单位通过特设岗位引进急需高层次专业化人才。	\N	重庆市人力资源社会保障部门	2025-10-13	2027-07-18	2025-10-13	2027-07-18	2025-10-15	\N	delayed	35	2026-10-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-23 02:00:00+00	2026-10-16 02:00:00+00	\N	\N
31	9	6.1	2025	鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地	Encourage supplying industrial land through long-term leases	鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地。	\N	重庆市自然资源主管部门	2025-10-24	2026-09-24	2025-10-24	2026-09-24	2025-10-26	2026-08-25	completed	100	2026-08-25 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-04 02:00:00+00	2026-08-25 02:00:00+00	\N	\N
32	9	10.4	2025	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制	Establish fiscal-transfer	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制。	\N	重庆市公安机关	2025-10-12	2027-07-09	2025-10-12	2027-07-09	2025-10-12	\N	in_progress	65	2026-10-23 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-22 02:00:00+00	2026-10-23 02:00:00+00	\N	\N
33	9	11.2	2025	完善事业单位编制管理制度	Improve staffing-quota management of public institutions and pool staffing resources.	完善事业单位编制管理制度，统筹使用编制资源。	\N	重庆市人力资源社会保障部门	2025-10-11	2026-08-07	2025-10-11	2026-08-07	2025-10-13	\N	in_progress	70	2026-10-04 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-21 02:00:00+00	2026-10-04 02:00:00+00	\N	\N
34	9	11.1	2025	指导用人单位坚持需求导向	Guide employers to adopt demand-driven	指导用人单位坚持需求导向，采取符合实际的引才措施，在不以人才称号和学术头衔等人才“帽子”引才、不抢挖中西部和东北地区合同期内高层次人才的前提下，促进党政机关、国有企事业单位、社会团体管理人才合理有序流动。	\N	重庆市人力资源社会保障部门	2025-10-13	2026-05-11	2025-10-13	2026-05-11	2025-10-19	2026-07-10	completed	100	2026-07-10 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-23 02:00:00+00	2026-07-10 02:00:00+00	\N	\N
35	9	11.5	2025	探索建立职业资格证书、职业技能等级证书与学历证书有效衔接机制	Explore effective links between vocational qualification certificates	探索建立职业资格证书、职业技能等级证书与学历证书有效衔接机制。	\N	重庆市人力资源社会保障部门	2025-10-19	2027-04-18	2025-10-19	2027-04-18	2025-10-27	\N	in_progress	10	2025-10-27 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-09-29 02:00:00+00	2025-10-27 02:00:00+00	\N	\N
36	9	6.2	2025	优化工业用地出让年期	Optimise the transfer terms of industrial land and improve the flexible transfer-term system.	优化工业用地出让年期，完善弹性出让年期制度。	\N	重庆市自然资源主管部门	2025-10-24	2027-05-09	2025-10-24	2027-05-09	2025-11-01	\N	suspended	30	2026-09-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-04 02:00:00+00	2026-09-16 02:00:00+00	\N	\N
37	5	4.2	2022H1	编制福厦泉要素市场化配置综合改革试点实施方案并报批	Draft the Fuzhou-Xiamen-Quanzhou implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	福厦泉试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
38	5	10.4	2025	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制	Establish fiscal-transfer	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制。	\N	福厦泉公安机关	2025-10-17	2026-09-17	2025-10-17	2026-09-17	2025-10-18	2026-08-18	completed	100	2026-08-18 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-27 02:00:00+00	2026-08-18 02:00:00+00	\N	\N
39	5	6.2	2025	优化工业用地出让年期	Optimise the transfer terms of industrial land and improve the flexible transfer-term system.	优化工业用地出让年期，完善弹性出让年期制度。	\N	福厦泉自然资源主管部门	2025-10-18	2026-08-14	2025-10-18	2026-08-14	2025-10-20	\N	in_progress	70	2026-09-28 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-28 02:00:00+00	2026-09-28 02:00:00+00	\N	\N
40	5	6.3	2025	支持产业用地实行“标准地”出让	Support 'standard land' transfers for industrial land to raise allocation efficiency.	支持产业用地实行“标准地”出让，提高配置效率。	\N	福厦泉自然资源主管部门	2025-10-16	2027-03-26	2025-10-16	2027-06-24	2025-10-17	\N	in_progress	60	2026-10-26 02:00:00+00	国函〔2025〕86号	\N	t	9	2025-09-26 02:00:00+00	2026-10-26 02:00:00+00	\N	\N
41	5	12.4	2025	加强技术转移专业人才队伍建设	Build a professional technology-transfer workforce	加强技术转移专业人才队伍建设，探索建立健全对科技成果转化人才、知识产权管理运营人员等的评价与激励办法，完善技术转移转化类职称评价标准。	\N	福厦泉人力资源社会保障部门	2025-10-14	2027-05-04	2025-10-14	2027-05-04	2025-10-19	\N	in_progress	65	2026-09-27 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-24 02:00:00+00	2026-09-27 02:00:00+00	\N	\N
42	5	5.4	2025	支持开展全域土地综合整治	Support comprehensive land consolidation across entire areas	支持开展全域土地综合整治，优化生产、生活、生态空间布局，加强耕地数量、质量、生态“三位一体”保护和建设。	\N	福厦泉自然资源主管部门	2025-10-24	2026-05-22	2025-10-24	2026-05-22	2025-10-27	2026-07-21	completed	100	2026-07-21 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-10-04 02:00:00+00	2026-07-21 02:00:00+00	\N	\N
43	5	6.6	2025	支持建立工业企业产出效益评价机制	Support an output-efficiency evaluation mechanism for industrial enterprises and strengthen fine-grained management and …	支持建立工业企业产出效益评价机制，加强土地精细化管理和节约集约利用。	\N	福厦泉自然资源主管部门	2025-10-21	2027-05-14	2025-10-21	2027-05-14	2025-10-24	\N	suspended	30	2026-09-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-01 02:00:00+00	2026-09-16 02:00:00+00	\N	\N
44	5	6.4	2025	支持不同产业用地类型合理转换	Support reasonable conversion between types of industrial land and improve policies on changing	支持不同产业用地类型合理转换，完善土地用途变更、整合、置换等政策。	\N	福厦泉自然资源主管部门	2025-10-12	2027-04-01	2025-10-12	2027-04-01	2025-10-20	\N	in_progress	20	2025-12-17 02:00:00+00	国函〔2025〕86号	\N	t	2	2025-09-22 02:00:00+00	2025-12-17 02:00:00+00	\N	\N
45	5	6.1	2025	鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地	Encourage supplying industrial land through long-term leases	鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地。	\N	福厦泉自然资源主管部门	2026-12-15	2027-08-02	2026-12-15	2027-08-02	\N	\N	not_started	0	2026-10-31 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-10-01 02:00:00+00	2026-10-31 02:00:00+00	\N	\N
46	8	4.2	2022H1	编制粤港澳大湾区内地九市要素市场化配置综合改革试点实施方案并报批	Draft the Nine mainland cities of the Guangdong-Hong Kong-Macao Greater Bay Area implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	粤港澳大湾区内地九市试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
47	8	11.4	2025	支持探索灵活就业人员权益保障政策	Support exploring policies to protect the rights of flexibly employed workers.	支持探索灵活就业人员权益保障政策。	\N	粤港澳大湾区内地九市人力资源社会保障部门	2025-10-21	2026-09-21	2025-10-21	2026-09-21	2025-10-26	2026-08-22	completed	100	2026-08-22 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-10-01 02:00:00+00	2026-08-22 02:00:00+00	\N	\N
48	8	9.3	2025	在严格落实国土空间用途管制和海洋生态环境保护要求、严管严控围填海活动的前提下	Under strict spatial-use control	在严格落实国土空间用途管制和海洋生态环境保护要求、严管严控围填海活动的前提下，探索推进海域一级市场开发和二级市场流转，探索海域使用权立体分层设权。	\N	粤港澳大湾区内地九市自然资源主管部门	2025-10-13	2027-06-02	2025-10-13	2027-06-02	2025-10-19	\N	in_progress	20	2025-11-25 02:00:00+00	国函〔2025〕86号	\N	t	2	2025-09-23 02:00:00+00	2025-11-25 02:00:00+00	\N	\N
49	8	10.3	2025	建设人口发展监测分析系统	Build a population development monitoring and analysis system to support major policymaking	建设人口发展监测分析系统，为重大政策制定、公共资源配置、城市运行管理等提供支撑。	\N	粤港澳大湾区内地九市公安机关	2025-10-12	2026-08-08	2025-10-12	2026-08-08	2025-10-17	\N	in_progress	70	2026-09-01 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-22 02:00:00+00	2026-09-01 02:00:00+00	\N	\N
50	8	12.2	2025	推进职称评审权下放	Devolve professional-title evaluation powers	推进职称评审权下放，赋予具备条件的企事业单位和社会组织中高级职称评审权限。	\N	粤港澳大湾区内地九市人力资源社会保障部门	2025-10-25	2027-06-09	2025-10-25	2027-09-07	2025-10-31	\N	in_progress	60	2026-10-25 02:00:00+00	国函〔2025〕86号	\N	t	9	2025-10-05 02:00:00+00	2026-10-25 02:00:00+00	\N	\N
51	8	11.2	2025	完善事业单位编制管理制度	Improve staffing-quota management of public institutions and pool staffing resources.	完善事业单位编制管理制度，统筹使用编制资源。	\N	粤港澳大湾区内地九市人力资源社会保障部门	2025-10-16	2027-05-10	2025-10-16	2027-05-10	2025-10-19	\N	in_progress	65	2026-10-28 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-26 02:00:00+00	2026-10-28 02:00:00+00	\N	\N
52	8	8.3	2025	在企业上市合规性审核标准中	Treat collectively owned commercial construction land on an equal footing with state-owned construction land in complian…	在企业上市合规性审核标准中，对集体经营性建设用地与国有建设用地给予同权对待。	\N	粤港澳大湾区内地九市自然资源主管部门	2025-10-20	2027-03-26	2025-10-20	2027-03-26	2025-10-27	\N	delayed	35	2026-10-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-30 02:00:00+00	2026-10-16 02:00:00+00	\N	\N
53	8	12.4	2025	加强技术转移专业人才队伍建设	Build a professional technology-transfer workforce	加强技术转移专业人才队伍建设，探索建立健全对科技成果转化人才、知识产权管理运营人员等的评价与激励办法，完善技术转移转化类职称评价标准。	\N	粤港澳大湾区内地九市人力资源社会保障部门	2026-12-17	2027-07-31	2026-12-17	2027-07-31	\N	\N	not_started	0	2026-10-31 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-10-03 02:00:00+00	2026-10-31 02:00:00+00	\N	\N
54	8	8.1	2025	在坚决守住土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线的前提下	Holding the three bottom lines (public land ownership unchanged	在坚决守住土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线的前提下，支持试点地区结合新一轮农村宅基地制度改革试点，探索宅基地所有权、资格权、使用权分置实现形式。	\N	粤港澳大湾区内地九市自然资源主管部门	2025-10-11	2027-05-12	2025-10-11	2027-05-12	2025-10-19	\N	suspended	30	2026-09-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-21 02:00:00+00	2026-09-16 02:00:00+00	\N	\N
55	3	4.2	2022H1	编制杭甬温要素市场化配置综合改革试点实施方案并报批	Draft the Hangzhou-Ningbo-Wenzhou implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	杭甬温试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
56	3	9.3	2025	在严格落实国土空间用途管制和海洋生态环境保护要求、严管严控围填海活动的前提下	Under strict spatial-use control	在严格落实国土空间用途管制和海洋生态环境保护要求、严管严控围填海活动的前提下，探索推进海域一级市场开发和二级市场流转，探索海域使用权立体分层设权。	\N	杭甬温自然资源主管部门	2026-12-09	2027-08-08	2026-12-09	2027-08-08	\N	\N	not_started	0	2026-10-31 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-09-25 02:00:00+00	2026-10-31 02:00:00+00	\N	\N
57	3	10.4	2025	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制	Establish fiscal-transfer	建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制。	\N	杭甬温公安机关	2025-10-15	2027-07-10	2025-10-15	2027-10-08	2025-10-20	\N	in_progress	60	2026-10-21 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-25 02:00:00+00	2026-10-21 02:00:00+00	\N	\N
58	3	12.1	2025	支持事业单位科研人员按照国家有关规定离岗创新创业	Support researchers at public institutions in leaving their posts to innovate or start businesses in accordance with nat…	支持事业单位科研人员按照国家有关规定离岗创新创业。	\N	杭甬温人力资源社会保障部门	2025-10-14	2027-04-02	2025-10-14	2027-04-02	2025-10-21	\N	in_progress	65	2026-09-12 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-24 02:00:00+00	2026-09-12 02:00:00+00	\N	\N
59	3	7.1	2025	鼓励试点地区探索通过建设用地节约集约利用状况详细评价等方式	Encourage pilot areas to refine the criteria for identifying inefficient urban land (e.g. through detailed evaluation of…	鼓励试点地区探索通过建设用地节约集约利用状况详细评价等方式，细化完善城镇低效用地认定标准，鼓励通过依法协商收回、协议置换、费用奖惩等措施，推动城镇低效用地腾退出清。	\N	杭甬温自然资源主管部门	2025-10-17	2026-09-17	2025-10-17	2026-09-17	2025-10-20	2026-08-18	completed	100	2026-08-18 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-27 02:00:00+00	2026-08-18 02:00:00+00	\N	\N
60	3	10.3	2025	建设人口发展监测分析系统	Build a population development monitoring and analysis system to support major policymaking	建设人口发展监测分析系统，为重大政策制定、公共资源配置、城市运行管理等提供支撑。	\N	杭甬温公安机关	2025-10-16	2027-06-25	2025-10-16	2027-06-25	2025-10-16	\N	delayed	35	2026-10-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-26 02:00:00+00	2026-10-16 02:00:00+00	\N	\N
61	3	6.4	2025	支持不同产业用地类型合理转换	Support reasonable conversion between types of industrial land and improve policies on changing	支持不同产业用地类型合理转换，完善土地用途变更、整合、置换等政策。	\N	杭甬温自然资源主管部门	2025-10-16	2027-05-02	2025-10-16	2027-05-02	2025-10-23	\N	in_progress	20	2025-12-11 02:00:00+00	国函〔2025〕86号	\N	t	2	2025-09-26 02:00:00+00	2025-12-11 02:00:00+00	\N	\N
62	3	8.4	2025	支持建立健全农村产权流转市场体系	Support building a sound market system for the transfer of rural property rights.	支持建立健全农村产权流转市场体系。	\N	杭甬温自然资源主管部门	2025-10-21	2026-08-17	2025-10-21	2026-08-17	2025-10-28	\N	in_progress	70	2026-09-24 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-10-01 02:00:00+00	2026-09-24 02:00:00+00	\N	\N
63	3	6.5	2025	探索增加混合产业用地供给	Explore increasing the supply of mixed-use industrial land.	探索增加混合产业用地供给。	\N	杭甬温自然资源主管部门	2025-10-14	2027-04-02	2025-10-14	2027-04-02	2025-10-22	\N	suspended	30	2026-09-16 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-24 02:00:00+00	2026-09-16 02:00:00+00	\N	\N
64	4	4.2	2022H1	编制合肥都市圈要素市场化配置综合改革试点实施方案并报批	Draft the Hefei Metropolitan Area implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	合肥都市圈试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
65	4	12.3	2025	加强创新型、技能型人才培养	Strengthen the training of innovative and skilled talent and expand the ranks of high-level engineers and highly skilled…	加强创新型、技能型人才培养，壮大高水平工程师和高技能人才队伍。	\N	合肥都市圈人力资源社会保障部门	2025-10-13	2026-09-13	2025-10-13	2026-09-13	2025-10-17	2026-08-14	completed	100	2026-08-14 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-23 02:00:00+00	2026-08-14 02:00:00+00	\N	\N
66	4	9.1	2025	探索建立沿海、海域、流域协同一体的海洋生态环境综合治理体系	Explore an integrated marine eco-environmental governance system covering coasts	探索建立沿海、海域、流域协同一体的海洋生态环境综合治理体系。	\N	合肥都市圈自然资源主管部门	2025-10-11	2027-07-14	2025-10-11	2027-07-14	2025-10-19	\N	in_progress	65	2026-09-27 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-21 02:00:00+00	2026-09-27 02:00:00+00	\N	\N
67	4	6.3	2025	支持产业用地实行“标准地”出让	Support 'standard land' transfers for industrial land to raise allocation efficiency.	支持产业用地实行“标准地”出让，提高配置效率。	\N	合肥都市圈自然资源主管部门	2026-12-06	2027-08-11	2026-12-06	2027-08-11	\N	\N	not_started	0	2026-10-31 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-09-22 02:00:00+00	2026-10-31 02:00:00+00	\N	\N
68	4	7.4	2025	探索地上地下空间综合利用的创新举措	Explore innovative measures for the integrated use of above-ground and underground space.	探索地上地下空间综合利用的创新举措。	\N	合肥都市圈自然资源主管部门	2025-10-23	2027-04-18	2025-10-23	2027-04-18	2025-10-30	\N	in_progress	20	2025-12-14 02:00:00+00	国函〔2025〕86号	\N	t	2	2025-10-03 02:00:00+00	2025-12-14 02:00:00+00	\N	\N
69	4	11.6	2025	加快发展人力资源服务业	Accelerate development of the human-resources services industry	加快发展人力资源服务业，把服务就业的规模和质量等作为衡量行业发展成效的首要标准。	\N	合肥都市圈人力资源社会保障部门	2025-10-15	2026-08-11	2025-10-15	2026-08-11	2025-10-19	\N	in_progress	70	2026-09-29 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-25 02:00:00+00	2026-09-29 02:00:00+00	\N	\N
70	4	7.1	2025	鼓励试点地区探索通过建设用地节约集约利用状况详细评价等方式	Encourage pilot areas to refine the criteria for identifying inefficient urban land (e.g. through detailed evaluation of…	鼓励试点地区探索通过建设用地节约集约利用状况详细评价等方式，细化完善城镇低效用地认定标准，鼓励通过依法协商收回、协议置换、费用奖惩等措施，推动城镇低效用地腾退出清。	\N	合肥都市圈自然资源主管部门	2025-10-21	2027-04-26	2025-10-21	2027-04-26	2025-10-29	\N	suspended	30	2026-09-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-01 02:00:00+00	2026-09-16 02:00:00+00	\N	\N
71	4	11.1	2025	指导用人单位坚持需求导向	Guide employers to adopt demand-driven	指导用人单位坚持需求导向，采取符合实际的引才措施，在不以人才称号和学术头衔等人才“帽子”引才、不抢挖中西部和东北地区合同期内高层次人才的前提下，促进党政机关、国有企事业单位、社会团体管理人才合理有序流动。	\N	合肥都市圈人力资源社会保障部门	2025-10-11	2027-04-02	2025-10-11	2027-07-01	2025-10-20	\N	in_progress	60	2026-10-03 02:00:00+00	国函〔2025〕86号	\N	t	10	2025-09-21 02:00:00+00	2026-10-03 02:00:00+00	\N	\N
72	4	8.2	2025	在依法自愿有偿的前提下	On a lawful, voluntary and compensated basis, allow existing collective construction land to change use in line with pla…	在依法自愿有偿的前提下，允许将存量集体建设用地依据规划改变用途入市交易。	\N	合肥都市圈自然资源主管部门	2025-10-19	2026-05-17	2025-10-19	2026-05-17	2025-10-20	2026-07-16	completed	100	2026-07-16 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-29 02:00:00+00	2026-07-16 02:00:00+00	\N	\N
73	2	4.2	2022H1	编制苏南重点城市要素市场化配置综合改革试点实施方案并报批	Draft the Key cities of southern Jiangsu (Sunan) implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	苏南重点城市试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
74	2	11.4	2025	支持探索灵活就业人员权益保障政策	Support exploring policies to protect the rights of flexibly employed workers.	支持探索灵活就业人员权益保障政策。	\N	苏南重点城市人力资源社会保障部门	2025-10-21	2027-06-10	2025-10-21	2027-06-10	2025-10-30	\N	delayed	35	2026-10-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-01 02:00:00+00	2026-10-16 02:00:00+00	\N	\N
75	2	8.1	2025	在坚决守住土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线的前提下	Holding the three bottom lines (public land ownership unchanged	在坚决守住土地公有制性质不改变、耕地红线不突破、农民利益不受损三条底线的前提下，支持试点地区结合新一轮农村宅基地制度改革试点，探索宅基地所有权、资格权、使用权分置实现形式。	\N	苏南重点城市自然资源主管部门	2025-10-11	2027-03-20	2025-10-11	2027-03-20	2025-10-17	\N	in_progress	20	2025-12-12 02:00:00+00	国函〔2025〕86号	\N	t	2	2025-09-21 02:00:00+00	2025-12-12 02:00:00+00	\N	\N
76	2	8.3	2025	在企业上市合规性审核标准中	Treat collectively owned commercial construction land on an equal footing with state-owned construction land in complian…	在企业上市合规性审核标准中，对集体经营性建设用地与国有建设用地给予同权对待。	\N	苏南重点城市自然资源主管部门	2025-10-12	2027-05-24	2025-10-12	2027-05-24	2025-10-15	\N	suspended	30	2026-09-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-22 02:00:00+00	2026-09-16 02:00:00+00	\N	\N
77	2	5.3	2025	探索建立补充耕地质量评价转换机制	Explore a quality-assessment and conversion mechanism for supplementary farmland: under strict occupation-compensation b…	探索建立补充耕地质量评价转换机制，在严格实行耕地占补平衡、确保占一补一的前提下，严格管控补充耕地国家统筹规模，严把补充耕地质量验收关，实现占优补优。	\N	苏南重点城市自然资源主管部门	2025-10-19	2027-06-21	2025-10-19	2027-09-19	2025-10-20	\N	in_progress	60	2026-10-17 02:00:00+00	国函〔2025〕86号	\N	t	10	2025-09-29 02:00:00+00	2026-10-17 02:00:00+00	\N	\N
78	2	11.2	2025	完善事业单位编制管理制度	Improve staffing-quota management of public institutions and pool staffing resources.	完善事业单位编制管理制度，统筹使用编制资源。	\N	苏南重点城市人力资源社会保障部门	2025-10-21	2027-04-19	2025-10-21	2027-04-19	2025-10-29	\N	in_progress	65	2026-10-30 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-01 02:00:00+00	2026-10-30 02:00:00+00	\N	\N
79	2	8.4	2025	支持建立健全农村产权流转市场体系	Support building a sound market system for the transfer of rural property rights.	支持建立健全农村产权流转市场体系。	\N	苏南重点城市自然资源主管部门	2025-10-16	2026-08-12	2025-10-16	2026-08-12	2025-10-18	\N	in_progress	70	2026-09-17 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-26 02:00:00+00	2026-09-17 02:00:00+00	\N	\N
80	2	8.2	2025	在依法自愿有偿的前提下	On a lawful, voluntary and compensated basis, allow existing collective construction land to change use in line with pla…	在依法自愿有偿的前提下，允许将存量集体建设用地依据规划改变用途入市交易。	\N	苏南重点城市自然资源主管部门	2025-10-14	2026-05-12	2025-10-14	2026-05-12	2025-10-15	2026-07-11	completed	100	2026-07-11 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-09-24 02:00:00+00	2026-07-11 02:00:00+00	\N	\N
81	2	10.2	2025	支持建立以身份证为标识的人口管理服务制度	Support an ID-card-based population management and service system	支持建立以身份证为标识的人口管理服务制度，扩大身份证信息容量，丰富应用场景。	\N	苏南重点城市公安机关	2025-10-24	2026-09-24	2025-10-24	2026-09-24	2025-10-27	2026-08-25	completed	100	2026-08-25 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-04 02:00:00+00	2026-08-25 02:00:00+00	\N	\N
82	6	4.2	2022H1	编制郑州市要素市场化配置综合改革试点实施方案并报批	Draft the Zhengzhou implementation plan and have it approved	按总体方案要求，2022年上半年完成实施方案编制报批工作。	\N	郑州市试点工作领导小组办公室	2022-01-04	2022-06-30	2022-01-04	2022-06-30	2022-03-01	2025-09-11	completed	100	2025-09-11 02:00:00+00	国函〔2025〕86号	\N	t	3	2022-01-04 02:00:00+00	2025-09-11 02:00:00+00	\N	\N
83	6	12.1	2025	支持事业单位科研人员按照国家有关规定离岗创新创业	Support researchers at public institutions in leaving their posts to innovate or start businesses in accordance with nat…	支持事业单位科研人员按照国家有关规定离岗创新创业。	\N	郑州市人力资源社会保障部门	2025-10-11	2027-05-11	2025-10-11	2027-05-11	2025-10-13	\N	in_progress	65	2026-10-24 02:00:00+00	国函〔2025〕86号	\N	t	9	2025-09-21 02:00:00+00	2026-10-24 02:00:00+00	\N	\N
84	6	8.4	2025	支持建立健全农村产权流转市场体系	Support building a sound market system for the transfer of rural property rights.	支持建立健全农村产权流转市场体系。	\N	郑州市自然资源主管部门	2025-10-23	2026-05-21	2025-10-23	2026-05-21	2025-10-27	2026-07-20	completed	100	2026-07-20 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-10-03 02:00:00+00	2026-07-20 02:00:00+00	\N	\N
85	6	6.3	2025	支持产业用地实行“标准地”出让	Support 'standard land' transfers for industrial land to raise allocation efficiency.	支持产业用地实行“标准地”出让，提高配置效率。	\N	郑州市自然资源主管部门	2025-10-19	2027-07-11	2025-10-19	2027-07-11	2025-10-27	\N	in_progress	10	2025-10-27 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-09-29 02:00:00+00	2025-10-27 02:00:00+00	\N	\N
86	6	5.4	2025	支持开展全域土地综合整治	Support comprehensive land consolidation across entire areas	支持开展全域土地综合整治，优化生产、生活、生态空间布局，加强耕地数量、质量、生态“三位一体”保护和建设。	\N	郑州市自然资源主管部门	2025-10-18	2027-08-01	2025-10-18	2027-08-01	2025-10-25	\N	delayed	35	2026-10-16 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-09-28 02:00:00+00	2026-10-16 02:00:00+00	\N	\N
87	6	10.2	2025	支持建立以身份证为标识的人口管理服务制度	Support an ID-card-based population management and service system	支持建立以身份证为标识的人口管理服务制度，扩大身份证信息容量，丰富应用场景。	\N	郑州市公安机关	2026-12-17	2027-07-31	2026-12-17	2027-07-31	\N	\N	not_started	0	2026-10-31 02:00:00+00	国函〔2025〕86号	\N	t	1	2025-10-03 02:00:00+00	2026-10-31 02:00:00+00	\N	\N
88	6	6.1	2025	鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地	Encourage supplying industrial land through long-term leases	鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地。	\N	郑州市自然资源主管部门	2025-10-24	2026-08-20	2025-10-24	2026-08-20	2025-10-29	\N	in_progress	70	2026-10-06 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-04 02:00:00+00	2026-10-06 02:00:00+00	\N	\N
89	6	12.3	2025	加强创新型、技能型人才培养	Strengthen the training of innovative and skilled talent and expand the ranks of high-level engineers and highly skilled…	加强创新型、技能型人才培养，壮大高水平工程师和高技能人才队伍。	\N	郑州市人力资源社会保障部门	2025-10-25	2027-03-11	2025-10-25	2027-03-11	2025-10-26	\N	suspended	30	2026-09-16 02:00:00+00	国函〔2025〕86号	\N	t	7	2025-10-05 02:00:00+00	2026-09-16 02:00:00+00	\N	\N
90	6	5.1	2025	合理划分土地管理事权	Rationalise the division of land-management powers and	合理划分土地管理事权，在严格保护耕地、节约集约用地的前提下，探索赋予试点地区更大土地配置自主权。	\N	郑州市自然资源主管部门	2025-10-22	2026-09-22	2025-10-22	2026-09-22	2025-10-23	2026-08-23	completed	100	2026-08-23 02:00:00+00	国函〔2025〕86号	\N	t	8	2025-10-02 02:00:00+00	2026-08-23 02:00:00+00	\N	\N
\.


--
-- Data for Name: task_revision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.task_revision (id, task_id, task_version, previous_planned_start, previous_planned_end, planned_start, planned_end, reason, author, recorded_at, demo) FROM stdin;
1	2	7	2025-10-19	2027-04-26	2025-10-19	2027-07-25	试点范围调整，经领导小组同意顺延完成时间。	北京城市副中心试点工作专班（演示）	2026-08-07 02:00:00+00	t
2	17	7	2025-10-25	2027-04-04	2025-10-25	2027-07-03	试点范围调整，经领导小组同意顺延完成时间。	长株潭试点工作专班（演示）	2026-08-07 02:00:00+00	t
3	21	6	2025-10-17	2027-06-27	2025-10-17	2027-09-25	试点范围调整，经领导小组同意顺延完成时间。	成都市试点工作专班（演示）	2026-08-07 02:00:00+00	t
4	40	7	2025-10-16	2027-03-26	2025-10-16	2027-06-24	试点范围调整，经领导小组同意顺延完成时间。	福厦泉试点工作专班（演示）	2026-08-07 02:00:00+00	t
5	50	7	2025-10-25	2027-06-09	2025-10-25	2027-09-07	试点范围调整，经领导小组同意顺延完成时间。	粤港澳大湾区内地九市试点工作专班（演示）	2026-08-07 02:00:00+00	t
6	57	6	2025-10-15	2027-07-10	2025-10-15	2027-10-08	试点范围调整，经领导小组同意顺延完成时间。	杭甬温试点工作专班（演示）	2026-08-07 02:00:00+00	t
7	71	8	2025-10-11	2027-04-02	2025-10-11	2027-07-01	试点范围调整，经领导小组同意顺延完成时间。	合肥都市圈试点工作专班（演示）	2026-08-07 02:00:00+00	t
8	77	8	2025-10-19	2027-06-21	2025-10-19	2027-09-19	试点范围调整，经领导小组同意顺延完成时间。	苏南重点城市试点工作专班（演示）	2026-08-07 02:00:00+00	t
\.


--
-- Data for Name: task_tally; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.task_tally (region_id, factor_code, milestone_code, status, tasks, progress_sum, overdue, stale) FROM stdin;
3	labour	2025	in_progress	2	125	0	0
1	labour	2025	delayed	1	35	0	0
10	general	2022H1	completed	1	100	0	0
8	general	2022H1	completed	1	100	0	0
10	labour	2025	delayed	1	35	0	0
5	land	2025	completed	1	100	0	0
1	general	2022H1	completed	1	100	0	0
2	labour	2025	in_progress	1	65	0	0
4	land	2025	completed	1	100	0	0
2	land	2025	in_progress	3	150	1	1
6	land	2025	completed	2	200	0	0
7	labour	2025	not_started	1	0	0	0
9	general	2022H1	completed	1	100	0	0
1	land	2025	not_started	1	0	0	0
8	land	2025	in_progress	1	20	0	1
3	general	2022H1	completed	1	100	0	0
9	labour	2025	not_started	1	0	0	0
10	land	2025	in_progress	4	205	1	1
3	land	2025	completed	1	100	0	0
2	labour	2025	completed	1	100	0	0
6	labour	2025	in_progress	1	65	0	0
5	labour	2025	in_progress	1	65	0	0
7	labour	2025	suspended	1	30	0	0
6	labour	2025	not_started	1	0	0	0
8	land	2025	suspended	1	30	0	0
4	general	2022H1	completed	1	100	0	0
4	land	2025	suspended	1	30	0	0
3	land	2025	suspended	1	30	0	0
6	land	2025	in_progress	2	80	1	1
9	labour	2025	completed	1	100	0	0
6	land	2025	delayed	1	35	0	0
7	land	2025	delayed	1	35	0	0
10	land	2025	suspended	1	30	0	0
9	labour	2025	delayed	1	35	0	0
10	labour	2025	not_started	1	0	0	0
10	labour	2025	completed	1	100	0	0
3	labour	2025	delayed	1	35	0	0
4	labour	2025	completed	1	100	0	0
5	land	2025	in_progress	3	150	1	1
7	general	2022H1	completed	1	100	0	0
8	labour	2025	completed	1	100	0	0
5	land	2025	suspended	1	30	0	0
5	labour	2025	completed	1	100	0	0
5	general	2022H1	completed	1	100	0	0
1	land	2025	completed	1	100	0	0
9	land	2025	suspended	1	30	0	0
5	land	2025	not_started	1	0	0	0
6	general	2022H1	completed	1	100	0	0
4	land	2025	in_progress	2	85	0	1
3	land	2025	in_progress	2	90	1	1
2	general	2022H1	completed	1	100	0	0
4	land	2025	not_started	1	0	0	0
8	labour	2025	not_started	1	0	0	0
2	land	2025	completed	1	100	0	0
6	labour	2025	suspended	1	30	0	0
7	land	2025	in_progress	2	135	1	0
1	labour	2025	completed	1	100	0	0
8	labour	2025	in_progress	3	195	1	1
1	labour	2025	in_progress	1	70	1	0
3	land	2025	not_started	1	0	0	0
8	land	2025	delayed	1	35	0	0
2	labour	2025	delayed	1	35	0	0
1	land	2025	in_progress	3	145	0	1
7	land	2025	completed	2	200	0	0
9	labour	2025	in_progress	3	145	1	1
2	land	2025	suspended	1	30	0	0
9	land	2025	completed	1	100	0	0
4	labour	2025	in_progress	2	130	1	0
7	labour	2025	in_progress	1	60	0	0
\.


--
-- Data for Name: task_tally_clock; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.task_tally_clock (id, due_before, verified_before) FROM stdin;
1	2026-12-02	2026-09-03 15:15:12.039995+00
\.


--
-- Data for Name: task_tally_delta; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.task_tally_delta (region_id, factor_code, milestone_code, status, tasks, progress_sum, overdue, stale) FROM stdin;
\.


--
-- Data for Name: webhook; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.webhook (id, url, events, description, secret, active, created_by, version, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: webhook_delivery; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.webhook_delivery (id, webhook_id, event_type, event_id, payload, status, attempts, next_attempt_at, claim_token, last_attempt_at, last_status_code, last_error, created_at, delivered_at) FROM stdin;
\.


--
-- Data for Name: webhook_milestone_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.webhook_milestone_state (milestone_code, status, changed_at) FROM stdin;
2021	no_tasks	2026-12-02 15:15:37.537647+00
2022H1	achieved_late	2026-12-02 15:15:37.537647+00
2023	no_tasks	2026-12-02 15:15:37.537647+00
2025	overdue	2026-12-02 15:15:37.537647+00
\.


--
-- Name: access_token_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.access_token_id_seq', 1, true);


--
-- Name: account_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_id_seq', 1, true);


--
-- Name: audit_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_event_id_seq', 22, true);


--
-- Name: login_failure_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.login_failure_id_seq', 1, false);


--
-- Name: region_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.region_id_seq', 10, true);


--
-- Name: status_update_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.status_update_id_seq', 526, true);


--
-- Name: task_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_id_seq', 90, true);


--
-- Name: task_revision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_revision_id_seq', 8, true);


--
-- Name: webhook_delivery_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.webhook_delivery_id_seq', 1, false);


--
-- Name: webhook_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.webhook_id_seq', 1, false);


--
-- Name: access_token access_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_token
    ADD CONSTRAINT access_token_pkey PRIMARY KEY (id);


--
-- Name: access_token access_token_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_token
    ADD CONSTRAINT access_token_token_hash_key UNIQUE (token_hash);


--
-- Name: account account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (id);


--
-- Name: account_region account_region_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_region
    ADD CONSTRAINT account_region_pkey PRIMARY KEY (account_id, region_id);


--
-- Name: account account_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_username_key UNIQUE (username);


--
-- Name: audit_event audit_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_event
    ADD CONSTRAINT audit_event_pkey PRIMARY KEY (id);


--
-- Name: dataset_state dataset_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dataset_state
    ADD CONSTRAINT dataset_state_pkey PRIMARY KEY (name);


--
-- Name: factor factor_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.factor
    ADD CONSTRAINT factor_number_key UNIQUE (number);


--
-- Name: factor factor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.factor
    ADD CONSTRAINT factor_pkey PRIMARY KEY (code);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: login_failure login_failure_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failure
    ADD CONSTRAINT login_failure_pkey PRIMARY KEY (id);


--
-- Name: measure measure_item_number_seq_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure
    ADD CONSTRAINT measure_item_number_seq_key UNIQUE (item_number, seq);


--
-- Name: measure measure_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure
    ADD CONSTRAINT measure_pkey PRIMARY KEY (code);


--
-- Name: milestone milestone_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.milestone
    ADD CONSTRAINT milestone_pkey PRIMARY KEY (code);


--
-- Name: plan_document plan_document_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_document
    ADD CONSTRAINT plan_document_pkey PRIMARY KEY (id);


--
-- Name: plan_item plan_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_item
    ADD CONSTRAINT plan_item_pkey PRIMARY KEY (number);


--
-- Name: region region_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region
    ADD CONSTRAINT region_code_key UNIQUE (code);


--
-- Name: region region_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region
    ADD CONSTRAINT region_pkey PRIMARY KEY (id);


--
-- Name: status_update status_update_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.status_update
    ADD CONSTRAINT status_update_pkey PRIMARY KEY (id);


--
-- Name: task task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_pkey PRIMARY KEY (id);


--
-- Name: task_revision task_revision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_revision
    ADD CONSTRAINT task_revision_pkey PRIMARY KEY (id);


--
-- Name: task_tally_clock task_tally_clock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_tally_clock
    ADD CONSTRAINT task_tally_clock_pkey PRIMARY KEY (id);


--
-- Name: task_tally task_tally_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_tally
    ADD CONSTRAINT task_tally_pkey PRIMARY KEY (region_id, factor_code, milestone_code, status);


--
-- Name: webhook_delivery webhook_delivery_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook_delivery
    ADD CONSTRAINT webhook_delivery_pkey PRIMARY KEY (id);


--
-- Name: webhook_milestone_state webhook_milestone_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook_milestone_state
    ADD CONSTRAINT webhook_milestone_state_pkey PRIMARY KEY (milestone_code);


--
-- Name: webhook webhook_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook
    ADD CONSTRAINT webhook_pkey PRIMARY KEY (id);


--
-- Name: access_token_account_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_token_account_idx ON public.access_token USING btree (account_id);


--
-- Name: audit_event_actor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_event_actor_idx ON public.audit_event USING btree (actor_name);


--
-- Name: audit_event_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_event_at_idx ON public.audit_event USING btree (at);


--
-- Name: audit_event_entity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_event_entity_idx ON public.audit_event USING btree (entity_type, entity_id);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: login_failure_address_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_failure_address_idx ON public.login_failure USING btree (address, failed_at);


--
-- Name: login_failure_username_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_failure_username_idx ON public.login_failure USING btree (username, failed_at);


--
-- Name: plan_item_factor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX plan_item_factor_idx ON public.plan_item USING btree (factor_code);


--
-- Name: status_update_recorded_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX status_update_recorded_id_idx ON public.status_update USING btree (recorded_at, id);


--
-- Name: status_update_task_external_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX status_update_task_external_key_idx ON public.status_update USING btree (task_id, external_key) WHERE (external_key IS NOT NULL);


--
-- Name: status_update_task_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX status_update_task_idx ON public.status_update USING btree (task_id, task_version);


--
-- Name: status_update_task_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX status_update_task_time_idx ON public.status_update USING btree (task_id, recorded_at);


--
-- Name: task_measure_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_measure_idx ON public.task USING btree (measure_code);


--
-- Name: task_milestone_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_milestone_idx ON public.task USING btree (milestone_code);


--
-- Name: task_open_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_open_due_idx ON public.task USING btree (planned_end) WHERE (status <> 'completed'::text);


--
-- Name: task_open_verified_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_open_verified_idx ON public.task USING btree (last_verified_at) WHERE (status <> 'completed'::text);


--
-- Name: task_planned_end_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_planned_end_idx ON public.task USING btree (planned_end);


--
-- Name: task_region_external_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX task_region_external_key_idx ON public.task USING btree (region_id, external_key) WHERE (external_key IS NOT NULL);


--
-- Name: task_region_start_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_region_start_idx ON public.task USING btree (region_id, planned_start, id);


--
-- Name: task_region_status_end_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_region_status_end_idx ON public.task USING btree (region_id, status, planned_end, id);


--
-- Name: task_revision_task_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_revision_task_idx ON public.task_revision USING btree (task_id, task_version);


--
-- Name: task_revision_task_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_revision_task_time_idx ON public.task_revision USING btree (task_id, recorded_at);


--
-- Name: task_tally_delta_region_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_tally_delta_region_status_idx ON public.task_tally_delta USING btree (region_id, status);


--
-- Name: webhook_delivery_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX webhook_delivery_due_idx ON public.webhook_delivery USING btree (next_attempt_at) WHERE (status = 'pending'::text);


--
-- Name: webhook_delivery_webhook_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX webhook_delivery_webhook_idx ON public.webhook_delivery USING btree (webhook_id, id);


--
-- Name: audit_event audit_event_no_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_event_no_update BEFORE DELETE OR UPDATE ON public.audit_event FOR EACH ROW EXECUTE FUNCTION public.audit_event_append_only();


--
-- Name: task task_tally_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER task_tally_delete AFTER DELETE ON public.task REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.task_tally_track();


--
-- Name: task task_tally_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER task_tally_insert AFTER INSERT ON public.task REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.task_tally_track();


--
-- Name: plan_item task_tally_refactor; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER task_tally_refactor AFTER UPDATE OF factor_code ON public.plan_item FOR EACH ROW WHEN ((old.factor_code IS DISTINCT FROM new.factor_code)) EXECUTE FUNCTION public.task_tally_refactor();


--
-- Name: task task_tally_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER task_tally_update AFTER UPDATE ON public.task REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.task_tally_track();


--
-- Name: access_token access_token_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_token
    ADD CONSTRAINT access_token_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: account_region account_region_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_region
    ADD CONSTRAINT account_region_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: account_region account_region_region_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_region
    ADD CONSTRAINT account_region_region_id_fkey FOREIGN KEY (region_id) REFERENCES public.region(id) ON DELETE CASCADE;


--
-- Name: measure measure_item_number_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure
    ADD CONSTRAINT measure_item_number_fkey FOREIGN KEY (item_number) REFERENCES public.plan_item(number);


--
-- Name: milestone milestone_measure_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.milestone
    ADD CONSTRAINT milestone_measure_code_fkey FOREIGN KEY (measure_code) REFERENCES public.measure(code);


--
-- Name: plan_item plan_item_factor_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_item
    ADD CONSTRAINT plan_item_factor_code_fkey FOREIGN KEY (factor_code) REFERENCES public.factor(code);


--
-- Name: status_update status_update_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.status_update
    ADD CONSTRAINT status_update_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: task task_measure_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_measure_code_fkey FOREIGN KEY (measure_code) REFERENCES public.measure(code);


--
-- Name: task task_milestone_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_milestone_code_fkey FOREIGN KEY (milestone_code) REFERENCES public.milestone(code);


--
-- Name: task task_region_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_region_id_fkey FOREIGN KEY (region_id) REFERENCES public.region(id);


--
-- Name: task_revision task_revision_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_revision
    ADD CONSTRAINT task_revision_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: webhook_delivery webhook_delivery_webhook_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook_delivery
    ADD CONSTRAINT webhook_delivery_webhook_id_fkey FOREIGN KEY (webhook_id) REFERENCES public.webhook(id) ON DELETE CASCADE;


--
-- Name: webhook_milestone_state webhook_milestone_state_milestone_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook_milestone_state
    ADD CONSTRAINT webhook_milestone_state_milestone_code_fkey FOREIGN KEY (milestone_code) REFERENCES public.milestone(code) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


