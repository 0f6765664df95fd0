-- Addresses an account signed in from successfully. Login throttling never holds a known address
-- back for a spray of failures on other accounts from the same address (an office behind one NAT).
CREATE TABLE login_known_address (
    username        TEXT        NOT NULL,
    address         TEXT        NOT NULL,
    last_success_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, address)
);

-- The per-(address, account) count of recent failures.
CREATE INDEX login_failure_pair_idx ON login_failure (username, address, failed_at);
