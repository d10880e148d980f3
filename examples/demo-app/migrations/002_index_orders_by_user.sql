-- Deliberate demo finding: on a busy orders table this blocks every write while the index builds.
CREATE INDEX orders_user_id_idx ON orders (user_id);
