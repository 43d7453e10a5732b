-- Version 3: a map view asks for a bounding box, often with a fatality floor, newest first. The
-- (lat, lon) index found the box but read every row in it to test the fatalities and to sort; carrying
-- fatalities_high and event_date in the index answers the filter, the count and the ordering of the
-- matching ids from the index alone (the page query then reads only the rows it returns).
DROP INDEX events_lat_lon;
CREATE INDEX events_lat_lon_fatalities_date ON events(lat, lon, fatalities_high, event_date);
-- Pages come newest first (event_date DESC NULLS LAST, id DESC). PostgreSQL walks an ascending index
-- backwards only as DESC NULLS FIRST, so a date-range page sorted every row of the range; an index in
-- the page's own order returns the first page from the index (SQLite already did: 2 ms against 9).
DROP INDEX events_date;
CREATE INDEX events_date_desc_id ON events (event_date DESC NULLS LAST, id DESC);
