#pragma once

#include <QString>

#include <optional>

namespace fjord::storage {

// Where a project lives on a PostgreSQL server, parsed from a URL in libpq's form plus the
// project key: postgresql://[user@][host][:port]/database?project=KEY[&host=/socket/dir]
// [&service=NAME][&sslmode=...]. A password may be given in the URL or typed in a prompt; it is
// only ever kept in memory (libpq's ~/.pgpass or a service file are the way to avoid typing it).
struct ServerLocation {
    QString host;     // a host name, or a Unix-socket directory (starts with '/'); {}: libpq's default
    int port = -1;    // -1: libpq's default (5432, or PGPORT)
    QString database; // {}: libpq's default (the user name, or PGDATABASE)
    QString user;     // {}: libpq's default (PGUSER, the login name, the service file)
    QString password; // in memory only; never written to a project, a setting or a log
    QString options;  // further libpq keywords, "key=value" separated by ';' (service, sslmode, ...)
    QString project;  // the project key: 1-40 of a-z, 0-9, _

    // The URL without the password, for titles, messages and recent-file lists.
    QString displayUrl() const;
    // The same location naming another project.
    ServerLocation withProject(const QString &key) const;
};

struct ServerLocationParse {
    std::optional<ServerLocation> location;
    QString error; // names the URL part that is wrong
};

// True for text that starts like a PostgreSQL URL (postgresql:// or postgres://).
bool isServerUrl(const QString &text);

// Parses a URL; `needProject`: the project= key is required (opening, saving).
ServerLocationParse parseServerUrl(const QString &url, bool needProject = true);

// A project key is 1-40 characters of a-z, 0-9 and _ (it names a PostgreSQL schema).
bool isValidProjectKey(const QString &key);

} // namespace fjord::storage
