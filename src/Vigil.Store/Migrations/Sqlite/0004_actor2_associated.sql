-- Version 4: one act on several coordinated targets ("detained the prison director and four guards") is
-- one event; its further targets are kept, "; "-separated as ACLED's assoc_actor_2 column keeps them.
ALTER TABLE events ADD COLUMN actor2_associated TEXT;
ALTER TABLE reports ADD COLUMN actor2_associated TEXT;
