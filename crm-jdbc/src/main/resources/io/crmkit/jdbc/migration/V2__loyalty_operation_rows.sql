-- crmkit 0.1: loyalty accounts are stored as the rows of their operations (what each booked, in order), from
-- which crm-loyalty rebuilds the account (LoyaltyAccount.replay), instead of a serialised image of its objects

-- the operations recorded per account, append-only, in sequence; null where an operation's kind has no such field
CREATE TABLE loyalty_account_operations (
  customer_id      text COLLATE "C" NOT NULL REFERENCES loyalty_accounts (customer_id),
  sequence         integer NOT NULL CHECK (sequence >= 0),
  kind             text NOT NULL CHECK (kind IN ('PURCHASE', 'REFUND', 'EVENT', 'TAGS', 'SEGMENTS', 'EARN',
                     'EARN_EXPIRING', 'EARN_FOR_PURCHASE', 'REDEEM', 'LEDGER_REFUND', 'ADJUST', 'EXPIRE',
                     'EXPIRE_DUE')),
  idempotency_key  text COLLATE "C",
  at_s             bigint,
  at_ns            integer,
  points           bigint,
  amount           numeric,
  currency         text,
  reference        text,
  reason           text,
  request          bigint,
  expires_s        bigint,
  expires_ns       integer,
  event            text,
  names            text[],
  PRIMARY KEY (customer_id, sequence)
);

-- the account row counts its operation rows; the serialised state is no longer written
ALTER TABLE loyalty_accounts ADD COLUMN operation_count integer NOT NULL DEFAULT 0 CHECK (operation_count >= 0);
ALTER TABLE loyalty_accounts ALTER COLUMN state DROP NOT NULL;

CREATE TRIGGER loyalty_account_operations_append_only BEFORE UPDATE OR DELETE ON loyalty_account_operations
  FOR EACH ROW EXECUTE FUNCTION crmkit_refuse_change();
CREATE TRIGGER loyalty_account_operations_no_truncate BEFORE TRUNCATE ON loyalty_account_operations
  FOR EACH STATEMENT EXECUTE FUNCTION crmkit_refuse_change();
