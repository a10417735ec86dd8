//! Both products' databases seen as what a key change works on: the
//! sealed values, walked (read-only, or rewritten in one transaction), the
//! claim that no other process has the database, and where its backup
//! goes. Langflow's and Flowfile's walks stay their own (they are the hot
//! paths); this is the one face the key-change engine and the integrity
//! checks see.

use std::path::{Path, PathBuf};

use super::error::Result;
use super::flowfile::{FlowfileDb, SealedSlot};
use super::secrets::{Slot, ValueRef};
use super::{Rewritten, Store};

/// One sealed value where it is stored. `value` is ciphertext.
pub trait SealedValue {
    /// `table.column` (with the JSON map for a JSON column).
    fn column(&self) -> &str;
    fn value(&self) -> &str;
    /// `table.column row <id> (name, owner)`, for reports.
    fn describe(&self) -> String;
}

impl SealedValue for Slot<'_> {
    fn column(&self) -> &str {
        self.column
    }

    fn value(&self) -> &str {
        self.value
    }

    fn describe(&self) -> String {
        ValueRef::of(self).describe()
    }
}

impl SealedValue for SealedSlot<'_> {
    fn column(&self) -> &str {
        self.column
    }

    fn value(&self) -> &str {
        self.value
    }

    fn describe(&self) -> String {
        match self.name {
            Some(name) => format!("{} row {} ({name})", self.column, self.row_id),
            None => format!("{} row {}", self.column, self.row_id),
        }
    }
}

/// The slot type of a product's walk, for any borrow of the row it is in
/// (a marker type names it, so the store's own lifetime stays out of it).
pub trait Slots: 'static {
    type Slot<'a>: SealedValue;
}

/// Langflow's walk: [`Slot`].
pub struct LangflowSlots;

impl Slots for LangflowSlots {
    type Slot<'a> = Slot<'a>;
}

/// Flowfile's walk: [`SealedSlot`].
pub struct FlowfileSlots;

impl Slots for FlowfileSlots {
    type Slot<'a> = SealedSlot<'a>;
}

/// A value of `S`'s walk.
pub type SlotOf<'a, S> = <<S as SealedStore>::Slots as Slots>::Slot<'a>;

/// A product's database as a key change sees it.
pub trait SealedStore {
    type Slots: Slots;
    /// Every sealed value, read-only (from several threads at once).
    fn visit(&self, f: &(dyn Fn(&SlotOf<'_, Self>) + Sync)) -> Result<()>;
    /// Every sealed value in one transaction: `f` says what each becomes
    /// (`None`: kept); each replacement is read back after its batch;
    /// `commit_if` decides at the end. `old_values`: where a server's
    /// backup of the old values goes.
    fn rewrite(
        &mut self,
        f: &(dyn Fn(&SlotOf<'_, Self>) -> Option<String> + Sync),
        commit_if: &mut dyn FnMut() -> bool,
        old_values: Option<&Path>,
    ) -> Result<Rewritten>;
    /// Claims it for a key change; returns who else has it open (empty:
    /// nobody).
    fn claim(&mut self) -> Result<Vec<String>>;
    /// Where the backup for `stamp` goes.
    fn backup_path(&self, stamp: &str) -> PathBuf;
    /// Takes the backup before the rewrite (true), or leaves it to the
    /// rewrite (false: a server's old values).
    fn take_backup(&self, target: &Path) -> Result<bool>;
    /// About how many values a walk sees (for a progress bar).
    fn estimate(&self) -> Result<u64>;
    /// The database, for messages (a file, or `user@host:port/db`).
    fn location(&self) -> String;
    /// A server's database (other hosts may write to it), not a file.
    fn served(&self) -> bool {
        false
    }
}

/// A Langflow database (either backend) and the config dir its server
/// backups go to.
pub struct LangflowValues<'a> {
    pub db: &'a mut Store,
    pub config_dir: &'a Path,
}

impl SealedStore for LangflowValues<'_> {
    type Slots = LangflowSlots;

    fn visit(&self, f: &(dyn Fn(&Slot<'_>) + Sync)) -> Result<()> {
        self.db.secrets().visit_secrets(f)
    }

    fn rewrite(
        &mut self,
        f: &(dyn Fn(&Slot<'_>) -> Option<String> + Sync),
        commit_if: &mut dyn FnMut() -> bool,
        old_values: Option<&Path>,
    ) -> Result<Rewritten> {
        self.db.rewrite_secrets(f, commit_if, old_values)
    }

    fn claim(&mut self) -> Result<Vec<String>> {
        self.db.claim_for_key_change()
    }

    fn backup_path(&self, stamp: &str) -> PathBuf {
        self.db.backup_path(self.config_dir, stamp)
    }

    fn take_backup(&self, target: &Path) -> Result<bool> {
        self.db.copy_before_rewrite(target)
    }

    fn estimate(&self) -> Result<u64> {
        self.db.secret_row_estimate()
    }

    fn location(&self) -> String {
        self.db.location()
    }

    fn served(&self) -> bool {
        self.db.file().is_none()
    }
}

impl SealedStore for FlowfileDb {
    type Slots = FlowfileSlots;

    fn visit(&self, f: &(dyn Fn(&SealedSlot<'_>) + Sync)) -> Result<()> {
        self.visit_sealed(f)
    }

    fn rewrite(
        &mut self,
        f: &(dyn Fn(&SealedSlot<'_>) -> Option<String> + Sync),
        commit_if: &mut dyn FnMut() -> bool,
        _old_values: Option<&Path>,
    ) -> Result<Rewritten> {
        Ok(Rewritten {
            committed: self.rewrite_sealed(f, commit_if)?,
            backup: None,
        })
    }

    fn claim(&mut self) -> Result<Vec<String>> {
        Ok(match self.try_lock_exclusive()? {
            true => Vec::new(),
            false => vec![format!("another process has {} open", self.location())],
        })
    }

    /// Beside the catalog.
    fn backup_path(&self, stamp: &str) -> PathBuf {
        let mut path = self.path().as_os_str().to_owned();
        path.push(format!(".backup-{stamp}"));
        PathBuf::from(path)
    }

    fn take_backup(&self, target: &Path) -> Result<bool> {
        self.backup_to(target).map(|()| true)
    }

    /// The `secrets` rows: nearly every sealed value is one.
    fn estimate(&self) -> Result<u64> {
        Ok(self.counts()?.secrets)
    }

    fn location(&self) -> String {
        self.path().display().to_string()
    }
}

/// Whether `opens` opens every value of `store`, and the ones it does not
/// (described, sorted): the one walk of both products' checks.
pub fn unopened<S: SealedStore + ?Sized>(
    store: &S,
    opens: &(dyn Fn(&SlotOf<'_, S>) -> bool + Sync),
) -> Result<(usize, Vec<String>)> {
    let total = std::sync::atomic::AtomicUsize::new(0);
    let failed = std::sync::Mutex::new(Vec::new());
    store.visit(&|slot| {
        total.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if !opens(slot) {
            failed.lock().expect("not poisoned").push(slot.describe());
        }
    })?;
    let mut failed = failed.into_inner().expect("not poisoned");
    failed.sort();
    Ok((total.into_inner(), failed))
}
