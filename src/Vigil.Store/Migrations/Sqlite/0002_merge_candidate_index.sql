-- Version 2: merge candidates are looked up by date interval and position together (the type is checked
-- in code), so one index on (date_lo, lat, lon) answers the lookup from the index alone. It replaces the
-- per-type indexes, which scanned every event of a type in the date window. The latitude index becomes
-- (lat, lon), so a bounding-box filter checks the longitude in the index before reading any row.
DROP INDEX events_root_date_lo;
DROP INDEX events_plover_date_lo;
DROP INDEX events_lat;
CREATE INDEX events_date_lo_lat_lon ON events(date_lo, lat, lon);
CREATE INDEX events_lat_lon ON events(lat, lon);
