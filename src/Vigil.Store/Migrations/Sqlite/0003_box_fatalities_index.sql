-- Version 3: a map view asks for a bounding box, often with a fatality floor, newest first. The
-- (lat, lon) index found the box but read every row in it to test the fatalities and to sort; carrying
-- fatalities_high and event_date in the index answers the filter, the count and the ordering of the
-- matching ids from the index alone (the page query then reads only the rows it returns).
DROP INDEX events_lat_lon;
CREATE INDEX events_lat_lon_fatalities_date ON events(lat, lon, fatalities_high, event_date);
