"""Scrape job postings with JobSpy (python-jobspy) for one search term and write a CSV.

Called by `rpw collect --scrape`; not meant to be run by hand. The columns are JobSpy's own,
plus `search_term`, so the workbench can fall back to the term when a title is ambiguous.
Follows the study's settings: US, the given sites, postings from the last N hours.
"""
import argparse
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--search-term", required=True)
    parser.add_argument("--sites", required=True, help="comma-separated JobSpy site names")
    parser.add_argument("--hours-old", type=int, default=72)
    parser.add_argument("--results", type=int, default=120)
    parser.add_argument("--location", default="United States")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    try:
        from jobspy import scrape_jobs
    except ImportError:
        print("python-jobspy is not installed: pip install python-jobspy", file=sys.stderr)
        return 3
    jobs = scrape_jobs(
        site_name=args.sites.split(","),
        search_term=args.search_term,
        google_search_term=f"{args.search_term} jobs in the United States since {max(1, args.hours_old // 24)} days ago",
        location=args.location,
        country_indeed="USA",
        results_wanted=args.results,
        hours_old=args.hours_old,
        description_format="markdown",
    )
    jobs["search_term"] = args.search_term
    jobs.to_csv(args.out, index=True)
    print(f"{len(jobs)} postings -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
