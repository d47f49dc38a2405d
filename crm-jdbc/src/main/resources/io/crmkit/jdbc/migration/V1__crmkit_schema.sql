-- crmkit schema, version 1. Applied by CrmDatabase.migrate into the configured schema (the search path
-- Flyway sets), so no table name here is schema-qualified. Identifiers compare by code point (COLLATE "C"),
-- which is the order of the Java repositories. Instants are (epoch second, nano of second) pairs: no
-- precision is lost and half-open ranges compare exactly.

CREATE TABLE customers (
  id          text COLLATE "C" PRIMARY KEY,
  updated_s   bigint NOT NULL,
  updated_ns  integer NOT NULL CHECK (updated_ns BETWEEN 0 AND 999999999),
  body        text NOT NULL
);
CREATE INDEX customers_by_update ON customers (updated_s, updated_ns, id);

CREATE TABLE transactions (
  id           text COLLATE "C" PRIMARY KEY,
  customer_id  text COLLATE "C" NOT NULL,
  at_s         bigint NOT NULL,
  at_ns        integer NOT NULL CHECK (at_ns BETWEEN 0 AND 999999999),
  kind         text NOT NULL,
  amount       numeric NOT NULL,
  currency     char(3) NOT NULL,
  body         text NOT NULL
);
CREATE INDEX transactions_by_instant ON transactions (at_s, at_ns, id);
CREATE INDEX transactions_by_customer ON transactions (customer_id, at_s, at_ns, id);

CREATE TABLE interactions (
  id           text COLLATE "C" PRIMARY KEY,
  customer_id  text COLLATE "C" NOT NULL,
  at_s         bigint NOT NULL,
  at_ns        integer NOT NULL CHECK (at_ns BETWEEN 0 AND 999999999),
  body         text NOT NULL
);
CREATE INDEX interactions_by_instant ON interactions (at_s, at_ns, id);
CREATE INDEX interactions_by_customer ON interactions (customer_id, at_s, at_ns, id);

-- rows bulk-loaded with COPY for analysis (crm db import): one purchase or refund per row
CREATE TABLE transaction_rows (
  row_id       bigserial PRIMARY KEY,
  customer_id  text COLLATE "C" NOT NULL,
  at_s         bigint NOT NULL,
  amount       double precision NOT NULL CHECK (amount >= 0),
  refund       boolean NOT NULL DEFAULT false,
  currency     char(3),
  source       text NOT NULL
);
CREATE INDEX transaction_rows_by_customer ON transaction_rows (customer_id, at_s);

CREATE TABLE lifecycles (
  subject_id  text COLLATE "C" PRIMARY KEY,
  version     bigint NOT NULL CHECK (version >= 1),
  stage       text NOT NULL,
  body        text NOT NULL
);

-- a loyalty account: its version (+1 per committed operation), the number and sum of its ledger entries
-- (the reconciliation checks them against loyalty_entries) and the serialised account state
CREATE TABLE loyalty_accounts (
  customer_id  text COLLATE "C" PRIMARY KEY,
  version      bigint NOT NULL CHECK (version >= 0),
  entry_count  integer NOT NULL CHECK (entry_count >= 0),
  points_sum   bigint NOT NULL,
  state        bytea NOT NULL
);

-- the ledger: append-only rows, one per ledger entry, in sequence per account
CREATE TABLE loyalty_entries (
  customer_id      text COLLATE "C" NOT NULL REFERENCES loyalty_accounts (customer_id),
  sequence         integer NOT NULL CHECK (sequence >= 0),
  type             text NOT NULL CHECK (type IN ('EARN', 'REDEEM', 'EXPIRE', 'REVERSE', 'ADJUST')),
  at_s             bigint NOT NULL,
  at_ns            integer NOT NULL,
  points           bigint NOT NULL CHECK (points <> 0),
  reason           text NOT NULL,
  idempotency_key  text COLLATE "C" NOT NULL,
  reference        text,
  created_lot      integer,
  allocations      text NOT NULL,
  debt_change      bigint NOT NULL,
  PRIMARY KEY (customer_id, sequence)
);

-- every operation key that appended entries, once per account: a retry from any instance cannot book twice
CREATE TABLE loyalty_operations (
  customer_id      text COLLATE "C" NOT NULL REFERENCES loyalty_accounts (customer_id),
  idempotency_key  text COLLATE "C" NOT NULL,
  first_sequence   integer NOT NULL,
  PRIMARY KEY (customer_id, idempotency_key)
);

CREATE FUNCTION crmkit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'crmkit: % of % refused: the loyalty ledger is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER loyalty_entries_append_only BEFORE UPDATE OR DELETE ON loyalty_entries
  FOR EACH ROW EXECUTE FUNCTION crmkit_refuse_change();
CREATE TRIGGER loyalty_entries_no_truncate BEFORE TRUNCATE ON loyalty_entries
  FOR EACH STATEMENT EXECUTE FUNCTION crmkit_refuse_change();
CREATE TRIGGER loyalty_operations_append_only BEFORE UPDATE OR DELETE ON loyalty_operations
  FOR EACH ROW EXECUTE FUNCTION crmkit_refuse_change();
CREATE TRIGGER loyalty_operations_no_truncate BEFORE TRUNCATE ON loyalty_operations
  FOR EACH STATEMENT EXECUTE FUNCTION crmkit_refuse_change();
