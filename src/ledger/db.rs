//! One connection to SQLite or PostgreSQL behind the same small interface:
//! statements with `$1 … $n` placeholders, values that are integers or
//! text, and transactions that serialise writers.

use crate::error::{Error, ErrorKind, Result};

/// A parameter or a column: every column of the schema is BIGINT or TEXT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Int(Option<i64>),
    Text(Option<String>),
}

impl Value {
    pub(crate) fn int(&self) -> Option<i64> {
        match self {
            Value::Int(v) => *v,
            Value::Text(_) => None,
        }
    }

    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            Value::Text(v) => v.as_deref(),
            Value::Int(_) => None,
        }
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(Some(v))
    }
}

impl From<u64> for Value {
    fn from(v: u64) -> Value {
        Value::Int(Some(i64::try_from(v).unwrap_or(i64::MAX)))
    }
}

impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Value {
        Value::Int(v)
    }
}

impl From<Option<u64>> for Value {
    fn from(v: Option<u64>) -> Value {
        Value::Int(v.map(|v| i64::try_from(v).unwrap_or(i64::MAX)))
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(Some(v.to_string()))
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(Some(v))
    }
}

impl From<&String> for Value {
    fn from(v: &String) -> Value {
        Value::Text(Some(v.clone()))
    }
}

impl From<Option<&str>> for Value {
    fn from(v: Option<&str>) -> Value {
        Value::Text(v.map(str::to_string))
    }
}

impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Value {
        Value::Text(v)
    }
}

impl From<&Option<String>> for Value {
    fn from(v: &Option<String>) -> Value {
        Value::Text(v.clone())
    }
}

/// One row of a result.
#[derive(Debug, Clone)]
pub(crate) struct Row(Vec<Value>);

impl Row {
    pub(crate) fn int(&self, column: usize) -> Option<i64> {
        self.0.get(column).and_then(Value::int)
    }

    pub(crate) fn text(&self, column: usize) -> Option<String> {
        self.0.get(column).and_then(Value::text).map(str::to_string)
    }

    pub(crate) fn text_or_empty(&self, column: usize) -> String {
        self.text(column).unwrap_or_default()
    }
}

/// Which database, for the few statements that differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backend {
    Sqlite,
    Postgres,
}

pub(crate) enum Connection {
    Sqlite(rusqlite::Connection),
    Postgres(Box<postgres::Client>),
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Connection::Sqlite(_) => "Connection::Sqlite",
            Connection::Postgres(_) => "Connection::Postgres",
        })
    }
}

pub(crate) fn ledger_error(
    what: impl std::fmt::Display,
    source: impl std::error::Error + Send + Sync + 'static,
) -> Error {
    Error::new(ErrorKind::Ledger, format!("{what}: {source}")).with_source(source)
}

impl Connection {
    /// Opens `target`: a PostgreSQL connection string (`postgresql://…`
    /// or `host=… dbname=…`) or the path of a SQLite file.
    pub(crate) fn open(target: &str) -> Result<Connection> {
        if is_postgres(target) {
            let client = postgres::Client::connect(target, postgres::NoTls)
                .map_err(|e| ledger_error("cannot connect to the PostgreSQL ledger", e))?;
            return Ok(Connection::Postgres(Box::new(client)));
        }
        let connection = rusqlite::Connection::open(target)
            .map_err(|e| ledger_error(format!("{target}: cannot open the SQLite ledger"), e))?;
        // Writers from several processes wait for each other rather than fail.
        let set_up = |c: &rusqlite::Connection| {
            c.busy_timeout(std::time::Duration::from_secs(60))?;
            c.execute_batch("PRAGMA foreign_keys=ON;")?;
            // Switching to WAL takes the file's lock without the busy
            // handler's help: when another connection holds it (two writers
            // opening a new ledger at once), wait and try again.
            let mut waited = std::time::Duration::ZERO;
            loop {
                match c.query_row("PRAGMA journal_mode=WAL", [], |row| row.get::<_, String>(0)) {
                    Err(rusqlite::Error::SqliteFailure(e, _))
                        if e.code == rusqlite::ErrorCode::DatabaseBusy
                            && waited < std::time::Duration::from_secs(60) =>
                    {
                        std::thread::sleep(std::time::Duration::from_millis(50));
                        waited += std::time::Duration::from_millis(50);
                    }
                    other => return other.map(|_| ()),
                }
            }
        };
        set_up(&connection)
            .map_err(|e| ledger_error(format!("{target}: cannot set up the SQLite ledger"), e))?;
        Ok(Connection::Sqlite(connection))
    }

    pub(crate) fn backend(&self) -> Backend {
        match self {
            Connection::Sqlite(_) => Backend::Sqlite,
            Connection::Postgres(_) => Backend::Postgres,
        }
    }

    /// Runs statements without parameters.
    pub(crate) fn batch(&mut self, sql: &str) -> Result<()> {
        match self {
            Connection::Sqlite(c) => c
                .execute_batch(sql)
                .map_err(|e| ledger_error("ledger statement failed", e)),
            Connection::Postgres(c) => c
                .batch_execute(sql)
                .map_err(|e| ledger_error("ledger statement failed", e)),
        }
    }

    /// Runs one statement; returns the rows it changed.
    pub(crate) fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64> {
        match self {
            Connection::Sqlite(c) => {
                let sql = sqlite_placeholders(sql);
                let mut statement = c
                    .prepare_cached(&sql)
                    .map_err(|e| ledger_error("ledger statement failed", e))?;
                statement
                    .execute(rusqlite::params_from_iter(params.iter().map(sqlite_value)))
                    .map(|n| n as u64)
                    .map_err(|e| ledger_error("ledger statement failed", e))
            }
            Connection::Postgres(c) => {
                let boxed = postgres_params(params);
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    boxed.iter().map(|b| b.as_ref()).collect();
                c.execute(sql, &refs)
                    .map_err(|e| ledger_error("ledger statement failed", e))
            }
        }
    }

    /// Runs a query; returns all its rows.
    pub(crate) fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        match self {
            Connection::Sqlite(c) => {
                let sql = sqlite_placeholders(sql);
                let mut statement = c
                    .prepare_cached(&sql)
                    .map_err(|e| ledger_error("ledger query failed", e))?;
                let columns = statement.column_count();
                let mut rows = statement
                    .query(rusqlite::params_from_iter(params.iter().map(sqlite_value)))
                    .map_err(|e| ledger_error("ledger query failed", e))?;
                let mut out = Vec::new();
                while let Some(row) = rows
                    .next()
                    .map_err(|e| ledger_error("ledger query failed", e))?
                {
                    let mut values = Vec::with_capacity(columns);
                    for i in 0..columns {
                        use rusqlite::types::ValueRef;
                        values.push(
                            match row
                                .get_ref(i)
                                .map_err(|e| ledger_error("ledger query failed", e))?
                            {
                                ValueRef::Integer(n) => Value::Int(Some(n)),
                                ValueRef::Text(t) => {
                                    Value::Text(Some(String::from_utf8_lossy(t).into_owned()))
                                }
                                ValueRef::Real(r) => Value::Int(Some(r as i64)),
                                ValueRef::Null | ValueRef::Blob(_) => Value::Text(None),
                            },
                        );
                    }
                    out.push(Row(values));
                }
                Ok(out)
            }
            Connection::Postgres(c) => {
                let boxed = postgres_params(params);
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    boxed.iter().map(|b| b.as_ref()).collect();
                let rows = c
                    .query(sql, &refs)
                    .map_err(|e| ledger_error("ledger query failed", e))?;
                let mut out = Vec::with_capacity(rows.len());
                for row in rows {
                    let mut values = Vec::with_capacity(row.len());
                    for (i, column) in row.columns().iter().enumerate() {
                        use postgres::types::Type;
                        let value = match *column.type_() {
                            Type::INT8 => Value::Int(
                                row.try_get::<_, Option<i64>>(i)
                                    .map_err(|e| ledger_error("ledger query failed", e))?,
                            ),
                            Type::INT4 => Value::Int(
                                row.try_get::<_, Option<i32>>(i)
                                    .map_err(|e| ledger_error("ledger query failed", e))?
                                    .map(i64::from),
                            ),
                            _ => Value::Text(
                                row.try_get::<_, Option<String>>(i)
                                    .map_err(|e| ledger_error("ledger query failed", e))?,
                            ),
                        };
                        values.push(value);
                    }
                    out.push(Row(values));
                }
                Ok(out)
            }
        }
    }

    /// Runs `work` in a transaction that no other writer of the ledger
    /// overlaps (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: a transaction-wide
    /// advisory lock). Ledger writes are rare and short (one per audit,
    /// one per batch of a milter), so serialising them costs nothing and
    /// makes "two writers lose nothing and double nothing" plain.
    pub(crate) fn write<T>(
        &mut self,
        work: impl FnOnce(&mut Connection) -> Result<T>,
    ) -> Result<T> {
        match self.backend() {
            Backend::Sqlite => self.batch("BEGIN IMMEDIATE")?,
            Backend::Postgres => {
                self.batch("BEGIN")?;
                if let Err(e) = self.batch("SELECT pg_advisory_xact_lock(8406917)") {
                    let _ = self.batch("ROLLBACK");
                    return Err(e);
                }
            }
        }
        match work(self) {
            Ok(value) => {
                self.batch("COMMIT")?;
                Ok(value)
            }
            Err(error) => {
                let _ = self.batch("ROLLBACK");
                Err(error)
            }
        }
    }
}

/// True for a PostgreSQL connection string rather than a file path.
pub(crate) fn is_postgres(target: &str) -> bool {
    target.starts_with("postgres://")
        || target.starts_with("postgresql://")
        || target.contains("host=")
        || target.contains("dbname=")
}

/// `$1` → `?1`: SQLite's numbered parameters.
fn sqlite_placeholders(sql: &str) -> String {
    sql.replace('$', "?")
}

fn sqlite_value(value: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as V;
    match value {
        Value::Int(Some(n)) => V::Integer(*n),
        Value::Text(Some(t)) => V::Text(t.clone()),
        Value::Int(None) | Value::Text(None) => V::Null,
    }
}

fn postgres_params(params: &[Value]) -> Vec<Box<dyn postgres::types::ToSql + Sync>> {
    params
        .iter()
        .map(|v| -> Box<dyn postgres::types::ToSql + Sync> {
            match v {
                Value::Int(n) => Box::new(*n),
                Value::Text(t) => Box::new(t.clone()),
            }
        })
        .collect()
}
