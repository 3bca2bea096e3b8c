//! A throw-away PostgreSQL cluster for one test: `initdb` and `pg_ctl`
//! under a temporary folder, listening on a Unix socket only. As root the
//! server runs as the `postgres` user (or `nobody`), which PostgreSQL
//! requires.

use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    user: Option<String>,
}

/// The folder of `initdb` and `pg_ctl`: on the PATH, or Debian's
/// `/usr/lib/postgresql/<version>/bin` (newest first).
fn bin_dir() -> Option<PathBuf> {
    if let Ok(path) = std::env::var("PATH") {
        for dir in std::env::split_paths(&path) {
            if dir.join("initdb").is_file() && dir.join("pg_ctl").is_file() {
                return Some(dir);
            }
        }
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").is_file())
        .collect();
    versions.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions.pop()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn user_exists(name: &str) -> bool {
    Command::new("id")
        .arg(name)
        .output()
        .is_ok_and(|o| o.status.success())
}

impl Cluster {
    /// Starts a cluster, or panics saying what is missing.
    pub(crate) fn start(name: &str) -> Cluster {
        let bin = bin_dir().expect("PostgreSQL is not installed (apt-get install postgresql)");
        let dir = std::env::temp_dir().join(format!("govmail-pg-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let user = is_root().then(|| {
            if user_exists("postgres") {
                "postgres"
            } else {
                "nobody"
            }
            .to_string()
        });
        if let Some(user) = &user {
            run(Command::new("chown").args(["-R", user]).arg(&dir));
        }
        let cluster = Cluster { dir, bin, user };
        let data = cluster.dir.join("data");
        cluster.run_as(
            &[
                "initdb",
                "--no-sync",
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "-D",
            ],
            &[&data],
        );
        cluster.start_server();
        cluster
    }

    /// Starts the server (again, after [`stop`](Cluster::stop)).
    pub(crate) fn start_server(&self) {
        let cluster = self;
        let data = cluster.dir.join("data");
        let options = format!(
            "-c listen_addresses='' -k {} -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            cluster.dir.display()
        );
        cluster.run_as(
            &["pg_ctl", "-w", "-t", "60", "-o", &options, "-l"],
            &[
                &cluster.dir.join("server.log"),
                Path::new("-D"),
                &data,
                Path::new("start"),
            ],
        );
    }

    /// Stops the server (the database is down).
    pub(crate) fn stop(&self) {
        let data = self.dir.join("data");
        self.run_as(
            &["pg_ctl", "-w", "-m", "fast", "-D"],
            &[&data, Path::new("stop")],
        );
    }

    fn run_as(&self, args: &[&str], paths: &[&Path]) {
        let (program, rest) = args.split_first().unwrap();
        let program = self.bin.join(program);
        let mut command = match &self.user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(&program);
                c
            }
            None => Command::new(&program),
        };
        command.args(rest).args(paths).current_dir(&self.dir);
        run(&mut command);
    }

    /// A connection string for a new, empty database `name`.
    pub(crate) fn database(&self, name: &str) -> String {
        let admin = format!("host={} user=postgres dbname=postgres", self.dir.display());
        let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        format!("host={} user=postgres dbname={name}", self.dir.display())
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        let mut command = match &self.user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(self.bin.join("pg_ctl"));
                c
            }
            None => Command::new(self.bin.join("pg_ctl")),
        };
        let _ = command
            .args(["-w", "-m", "immediate", "-D"])
            .arg(&data)
            .arg("stop")
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn run(command: &mut Command) {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(
        output.status.success(),
        "{command:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
