-- Version 4: one act by or on several coordinated actors ("the army and the police raided ...",
-- "detained the prison director and four guards") is one event; the further actors are kept,
-- "; "-separated, as ACLED's assoc_actor_1 and assoc_actor_2 columns keep them.
ALTER TABLE events ADD COLUMN actor1_associated TEXT;
ALTER TABLE events ADD COLUMN actor2_associated TEXT;
ALTER TABLE reports ADD COLUMN actor1_associated TEXT;
ALTER TABLE reports ADD COLUMN actor2_associated TEXT;
