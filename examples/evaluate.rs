//! govmail-audit evaluate: scores the detector on the evaluation set
//! (`eval/`, written by `eval/generate.py`) and, when given, on the shared
//! real-mail corpus and the phishing honeypot. Run
//! `cargo run --release --example evaluate -- --help`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[path = "common/detector_sources.rs"]
mod detector_sources;
use detector_sources::DetectorSources;

#[path = "common/evaluation.rs"]
mod evaluation;

/// Score the detector: recall, false accounts, invented addresses and
/// phishing listed, per split, language and cause.
#[derive(Parser, Debug)]
#[command(name = "govmail-audit evaluate")]
struct Args {
    /// Which part of the set: dev (for tuning), holdout (for checking),
    /// fresh, fresh2, fresh3 and fresh4 (never read by the detector's authors),
    /// templates and templates2 (real open-source mail templates), fresh5, fresh6, all.
    #[arg(long, default_value = "all", value_parser = ["dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "templates", "templates2", "fresh5", "fresh6", "all"])]
    split: String,

    /// The evaluation set's folder (holding labels.json and mail/).
    #[arg(long, value_name = "DIR", default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/eval"))]
    set: PathBuf,

    /// Also measure precision and recall over this labelled real-mail corpus.
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,

    /// Also scan this folder of honeypot mail, each file as `--owner`'s export.
    #[arg(long, value_name = "DIR")]
    phishing_pot: Option<PathBuf>,

    /// The official mailbox the corpus and the honeypot mail are scanned as.
    #[arg(
        long,
        value_name = "ADDRESS",
        default_value = "hop.thu@sxd.quangngai.gov.vn"
    )]
    owner: String,

    /// List each miss, false account and invented address with its reason.
    #[arg(long)]
    misses: bool,

    /// Exit 1 unless recall >= 0.98, no false account and no invented
    /// address on the chosen split.
    #[arg(long)]
    check: bool,

    #[command(flatten)]
    sources: DetectorSources,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<bool, String> {
    let detector = args.sources.build()?;
    let labels = evaluation::load_labels(&args.set)?;
    let problems = evaluation::check_labels(&args.set, &labels);
    if !problems.is_empty() {
        return Err(format!("bad labels:\n{}", problems.join("\n")));
    }
    let splits: &[&str] = match args.split.as_str() {
        "all" => &["dev", "holdout", "all"],
        "dev" => &["dev"],
        "fresh" => &["fresh"],
        "fresh2" => &["fresh2"],
        "fresh3" => &["fresh3"],
        "fresh4" => &["fresh4"],
        "templates" => &["templates"],
        "templates2" => &["templates2"],
        "fresh5" => &["fresh5"],
        "fresh6" => &["fresh6"],
        _ => &["holdout"],
    };
    let mut chosen = evaluation::Tally::default();
    for split in splits {
        let outcomes = evaluation::judge_all(&detector, &args.set, &labels, split);
        let groups = evaluation::tally(&labels, &outcomes);
        println!(
            "{}",
            evaluation::render(&format!("Evaluation set, split {split}:"), &groups)
        );
        if *split == args.split.as_str() {
            chosen = groups.get("all").copied().unwrap_or_default();
            if args.misses {
                println!("Misses, false accounts and invented addresses ({split}):");
                print!("{}", evaluation::render_misses(&labels, &outcomes));
                println!();
            }
        }
    }
    if let Some(corpus) = &args.corpus {
        println!(
            "{}",
            evaluation::corpus_report(&detector, corpus, &args.owner)?
        );
    }
    if let Some(pot) = &args.phishing_pot {
        println!(
            "{}",
            evaluation::phishing_pot_report(
                &detector,
                pot,
                &args.owner,
                Some(&args.set.join("phishing_pot_labels.json"))
            )?
        );
    }
    let met = chosen.meets_targets();
    println!(
        "Split {}: recall {:.3} ({}/{}), {} false accounts, {} invented addresses: targets {}",
        args.split,
        chosen.recall(),
        chosen.found,
        chosen.accounts,
        chosen.false_accounts,
        chosen.invented,
        if met { "met" } else { "not met" }
    );
    Ok(met || !args.check)
}
