//! The import system: native modules, modules written in Python embedded from `stdlib/`,
//! and the user's own `.py` files and packages found along `sys.path`.

use crate::objects::heap::Rc;
use std::sync::Arc;

use super::interp::RunError;
use super::{PyResult, Vm};
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::module::Module;
use crate::syntax::SourceFile;

impl Vm {
    /// `import name` / `from name import fromlist` (with `level` leading dots).
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: usize,
        globals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        let absolute = if level > 0 {
            let package = self.package_of(globals);
            let mut parts: Vec<&str> = package.split('.').filter(|p| !p.is_empty()).collect();
            if level - 1 > parts.len() || package.is_empty() {
                return Err(self.import_error("attempted relative import beyond top-level package"));
            }
            parts.truncate(parts.len() - (level - 1));
            let mut base = parts.join(".");
            if !name.is_empty() {
                if !base.is_empty() {
                    base.push('.');
                }
                base.push_str(name);
            }
            base
        } else {
            name.to_string()
        };
        let mut module = None;
        let mut prefix = String::new();
        for (i, part) in absolute.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_module(&prefix)?;
            if i == 0 && fromlist.is_none() {
                module = Some(m.clone());
            }
            if fromlist.is_none() {
                continue;
            }
            module = Some(m);
        }
        let leaf = self.import_module(&absolute)?;
        if fromlist.is_none() {
            Ok(module.unwrap_or(leaf))
        } else {
            Ok(leaf)
        }
    }

    fn package_of(&self, globals: &Rc<PyDict>) -> String {
        if let Some(Value::Str(p)) = globals.get_str("__package__") {
            return p.as_str().to_string();
        }
        let name = globals
            .get_str("__name__")
            .and_then(|n| n.as_str().map(str::to_string))
            .unwrap_or_default();
        if globals.get_str("__path__").is_some() {
            name
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        }
    }

    /// The module called `name` (dotted, absolute), importing it if needed.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.state.modules.get_str(name) {
            let initializing = self.state.initializing.borrow();
            if initializing.is_empty() || !initializing.contains_key(name) {
                return Ok(m);
            }
            drop(initializing);
            self.wait_for_module(name);
            if let Some(m) = self.state.modules.get_str(name) {
                return Ok(m);
            }
            // Its code failed in the other thread: import it again here (and fail here).
        }
        if let Some(m) = crate::modules::native_module(self, name)? {
            self.state.modules.set_str(name, Value::Module(m.clone()));
            if let Some((parent, child)) = name.rsplit_once('.')
                && let Some(Value::Module(p)) = self.state.modules.get_str(parent)
            {
                p.dict.set_str(child, Value::Module(m.clone()));
            }
            return Ok(Value::Module(m));
        }
        if let Some((src, is_pkg)) = crate::modules::stdlib_source(name) {
            let file = format!(
                "<pyth stdlib>/{}{}",
                name.replace('.', "/"),
                if is_pkg { "/__init__.py" } else { ".py" }
            );
            return self.exec_module(name, SourceFile::new(file, src), is_pkg, None);
        }
        // User modules: NAME.py or NAME/__init__.py along sys.path.
        let rel = name.replace('.', "/");
        let paths = self.search_path();
        for dir in paths {
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            let pkg_init = format!("{dir}/{rel}/__init__.py");
            let plain = format!("{dir}/{rel}.py");
            for (path, is_pkg) in [(pkg_init, true), (plain, false)] {
                if let Ok(bytes) = std::fs::read(&path) {
                    let bytes = match bytes.strip_prefix(b"\xef\xbb\xbf") {
                        Some(rest) => rest.to_vec(),
                        None => bytes,
                    };
                    let encoding = crate::syntax::encoding::declared_encoding(&bytes)
                        .map_err(|m| self.new_error(&self.types().syntax_error, m))?
                        .unwrap_or(crate::syntax::encoding::Encoding::Utf8);
                    let text = encoding.decode(&bytes).map_err(|_| {
                        self.new_error(
                            &self.types().syntax_error,
                            format!("Non-UTF-8 code in file {path}"),
                        )
                    })?;
                    let pkg_dir = is_pkg.then(|| format!("{dir}/{rel}"));
                    return self.exec_module(
                        name,
                        SourceFile::new(path.clone(), text),
                        is_pkg,
                        pkg_dir,
                    );
                }
            }
        }
        Err(self.new_error(
            &self.types().module_not_found_error,
            format!("No module named '{name}'"),
        ))
    }

    fn exec_module(
        &mut self,
        name: &str,
        file: Arc<SourceFile>,
        is_pkg: bool,
        pkg_dir: Option<String>,
    ) -> PyResult<Value> {
        let m: Rc<Module> = self.new_module(name, Some(&file.name));
        if is_pkg {
            m.dict.set_str("__package__", Value::str(name));
            let path = pkg_dir.unwrap_or_default();
            m.dict
                .set_str("__path__", Value::list(vec![Value::string(path)]));
        } else {
            let pkg = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
            m.dict.set_str("__package__", Value::str(pkg));
        }
        let globals = m.dict.clone();
        let me = super::interp::current_thread_id();
        self.state
            .initializing
            .borrow_mut()
            .insert(name.to_string(), me);
        let result = self.run_source(file, &globals);
        self.state.initializing.borrow_mut().remove(name);
        match result {
            Ok(_) => {}
            Err(e) => {
                self.state.modules.table.borrow_mut().remove_str(name);
                return Err(match e {
                    RunError::Exception(e) => e,
                    RunError::Syntax(e, file) => self.syntax_error_value(&e, &file),
                });
            }
        }
        if let Some((parent, child)) = name.rsplit_once('.')
            && let Some(Value::Module(p)) = self.state.modules.get_str(parent)
        {
            p.dict.set_str(child, Value::Module(m.clone()));
        }
        Ok(self.state.modules.get_str(name).unwrap_or(Value::Module(m)))
    }

    /// Waits (without the GIL) while another thread runs the code of module `name`, as
    /// CPython's per-module import locks do, so no thread sees a half-initialized module.
    /// The thread running it may itself reach this module again (a circular import): it gets
    /// the partial module at once, as in CPython; so does a thread whose wait would close a
    /// cycle of threads waiting for each other's modules (CPython's deadlock rule).
    fn wait_for_module(&mut self, name: &str) {
        let me = super::interp::current_thread_id();
        loop {
            let owner = match self.state.initializing.borrow().get(name) {
                Some(&owner) if owner != me => owner,
                _ => break,
            };
            if self.import_wait_closes_cycle(owner, me) {
                break;
            }
            self.state
                .import_waits
                .borrow_mut()
                .insert(me, name.to_string());
            self.release_gil_while(|| std::thread::sleep(std::time::Duration::from_micros(200)));
            self.state.import_waits.borrow_mut().remove(&me);
        }
    }

    /// Whether `owner` is (transitively) waiting for a module that thread `me` is running.
    fn import_wait_closes_cycle(&self, owner: u64, me: u64) -> bool {
        let waits = self.state.import_waits.borrow();
        let initializing = self.state.initializing.borrow();
        let mut thread = owner;
        for _ in 0..=waits.len() {
            let Some(module) = waits.get(&thread) else {
                return false;
            };
            match initializing.get(module) {
                Some(&next) if next == me => return true,
                Some(&next) => thread = next,
                None => return false,
            }
        }
        false
    }

    /// `sys.path` as strings (the list object, which scripts may change), or the initial
    /// path before `sys` exists.
    fn search_path(&self) -> Vec<String> {
        if let Some(Value::Module(sys)) = self.state.modules.get_str("sys")
            && let Some(Value::List(l)) = sys.dict.get_str("path")
        {
            return l
                .borrow()
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
        }
        self.state.path.borrow().clone()
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.is_instance_of(&self.types().attribute_error) => {
                let Value::Module(m) = module else {
                    return Err(e);
                };
                let full = format!("{}.{name}", m.name);
                if m.dict.get_str("__path__").is_some()
                    && let Ok(sub) = self.import_module(&full)
                {
                    return Ok(sub);
                }
                let location = match m.dict.get_str("__file__") {
                    Some(Value::Str(f)) => f.as_str().to_string(),
                    _ => "unknown location".into(),
                };
                Err(self.import_error(format!(
                    "cannot import name '{name}' from '{}' ({location})",
                    m.name
                )))
            }
            Err(e) => Err(e),
        }
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, ns: &Rc<PyDict>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let names: Vec<Value> = match m.dict.get_str("__all__") {
            Some(all) => self.collect_iterable(&all)?,
            None => m
                .dict
                .keys()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                .collect(),
        };
        for n in names {
            let key = self.to_str(&n)?;
            let v = self.get_attr(module, &key)?;
            ns.set_str(&key, v);
        }
        Ok(())
    }

    /// A SyntaxError exception object for a compile error (for `import`, `eval`, `exec`).
    pub fn syntax_error_value(
        &mut self,
        e: &crate::syntax::SyntaxError,
        file: &SourceFile,
    ) -> super::PyErr {
        let t = self.types();
        let class = match e.kind {
            crate::syntax::SyntaxErrorKind::SyntaxError => t.syntax_error.clone(),
            crate::syntax::SyntaxErrorKind::IndentationError => t.indentation_error.clone(),
            crate::syntax::SyntaxErrorKind::TabError => t.tab_error.clone(),
            crate::syntax::SyntaxErrorKind::RecursionError => t.recursion_error.clone(),
        };
        let (line, col) = file.line_col(e.span.start);
        let text = file.line_text(line).to_string();
        let err = self.new_error(&class, e.msg.clone());
        err.0.dict.set_str("msg", Value::string(e.msg.clone()));
        err.0.dict.set_str("filename", Value::str(&file.name));
        err.0.dict.set_str("lineno", Value::Int(line as i64));
        err.0.dict.set_str("offset", Value::Int(col as i64 + 1));
        err.0.dict.set_str("text", Value::string(text));
        err
    }
}
