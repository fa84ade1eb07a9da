//! The bundles' files as the browser asks for them (server only).

use leptos::config::LeptosOptions;

/// The address of a bundle's file of `kind` (`js`, `wasm`, `css`, also its extension),
/// with its content hash in a release build (from the hash file cargo-leptos writes beside
/// the executable).
pub fn bundle_file(options: &LeptosOptions, kind: &str) -> String {
    let hashes = options
        .hash_files
        .then(|| {
            let exe = std::env::current_exe().ok()?;
            std::fs::read_to_string(exe.parent()?.join(options.hash_file.as_ref())).ok()
        })
        .flatten()
        .unwrap_or_default();
    let hash = hashes.lines().find_map(|line| {
        let (file, hash) = line.split_once(':')?;
        (file.trim() == kind).then(|| hash.trim().to_owned())
    });
    let name = &options.output_name;
    let pkg = &options.site_pkg_dir;
    match hash {
        Some(hash) => format!("/{pkg}/{name}.{hash}.{kind}"),
        None => format!("/{pkg}/{name}.{kind}"),
    }
}
