-- Vigil event database, version 1 (SQLite). Keep in step with ../Postgres/0001_initial.sql:
-- the same tables and columns, only the types differ. Dates are 'yyyy-MM-dd' text, so they sort and
-- compare as text in both databases; flags are 0/1 integers.

-- A story is one piece of journalism: a document and every near-duplicate copy of it (wire copies).
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    first_document_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    story_id INTEGER NOT NULL REFERENCES stories(id),
    title TEXT,
    url TEXT,
    source TEXT,
    published TEXT,
    origin TEXT,
    ingested_at TEXT NOT NULL,
    event_count INTEGER NOT NULL,
    minhash BLOB,
    text TEXT NOT NULL,
    document_json TEXT NOT NULL
);
CREATE INDEX documents_story ON documents(story_id);

-- MinHash LSH index: one row per band of each document's signature.
CREATE TABLE document_bands (
    band_hash INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id)
);
CREATE INDEX document_bands_hash ON document_bands(band_hash);

-- Merged events: one row per real-world event.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    event_date TEXT,
    date_precision TEXT,
    date_lo TEXT,
    date_hi TEXT,
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    acled_type TEXT,
    acled_sub_type TEXT,
    actor1_text TEXT,
    actor1_code TEXT,
    actor1_country TEXT,
    actor1_sector TEXT,
    actor2_text TEXT,
    actor2_code TEXT,
    actor2_country TEXT,
    actor2_sector TEXT,
    location TEXT,
    geonames_id INTEGER,
    lat REAL,
    lon REAL,
    geo_precision TEXT,
    country TEXT,
    admin1 TEXT,
    fatalities_low INTEGER,
    fatalities_high INTEGER,
    injuries_low INTEGER,
    injuries_high INTEGER,
    fatalities_disputed INTEGER NOT NULL DEFAULT 0,
    num_reports INTEGER NOT NULL DEFAULT 0,
    num_stories INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    sources TEXT,
    source_url TEXT,
    notes TEXT,
    first_seen TEXT NOT NULL,
    search_text TEXT NOT NULL
);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_country_date ON events(country, event_date);
CREATE INDEX events_root_date_lo ON events(cameo_root, date_lo);
CREATE INDEX events_plover_date_lo ON events(plover_type, date_lo);
CREATE INDEX events_lat ON events(lat);

-- Report events: one row per event per document, each pointing at the merged event it supports.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    merged_event_id INTEGER NOT NULL REFERENCES events(id),
    document_id TEXT NOT NULL REFERENCES documents(id),
    story_id INTEGER NOT NULL REFERENCES stories(id),
    local_id TEXT NOT NULL,
    cameo TEXT NOT NULL,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    acled_type TEXT,
    acled_sub_type TEXT,
    trigger_text TEXT NOT NULL,
    actor1_text TEXT,
    actor1_code TEXT,
    actor1_country TEXT,
    actor1_sector TEXT,
    actor2_text TEXT,
    actor2_code TEXT,
    actor2_country TEXT,
    actor2_sector TEXT,
    place_text TEXT,
    place_name TEXT,
    geonames_id INTEGER,
    lat REAL,
    lon REAL,
    geo_precision TEXT,
    country TEXT,
    admin1 TEXT,
    event_date TEXT,
    date_precision TEXT,
    date_text TEXT,
    fatalities_min INTEGER,
    fatalities_max INTEGER,
    fatalities_text TEXT,
    fatalities_disputed INTEGER NOT NULL DEFAULT 0,
    injuries_min INTEGER,
    injuries_max INTEGER,
    modality TEXT NOT NULL,
    confidence REAL NOT NULL,
    source TEXT,
    url TEXT,
    published TEXT,
    evidence TEXT NOT NULL
);
CREATE INDEX reports_merged ON reports(merged_event_id);
CREATE INDEX reports_document ON reports(document_id);
CREATE INDEX reports_story ON reports(story_id);
