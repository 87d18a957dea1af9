package app.heard.upload.internal;

import app.heard.upload.UploadId;
import app.heard.upload.UploadNotFoundException;
import app.heard.upload.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StoredUploads implements Uploads {

	private final UploadRepository uploads;

	private final UploadFiles files;

	StoredUploads(UploadRepository uploads, UploadFiles files) {
		this.uploads = uploads;
		this.files = files;
	}

	@Override
	public Path fileOf(UploadId id) {
		finished(id);
		return files.pathOf(id.value());
	}

	@Override
	public InputStream open(UploadId id) throws IOException {
		return Files.newInputStream(fileOf(id));
	}

	@Override
	public Optional<String> displayFilename(UploadId id) {
		return finished(id).displayFilename();
	}

	@Override
	@Transactional
	public void discard(UploadId id) {
		uploads.findById(id.value()).ifPresent(upload -> {
			uploads.delete(upload);
			uploads.flush();
		});
		files.delete(id.value());
	}

	private Upload finished(UploadId id) {
		return uploads.findById(id.value())
			.filter(UploadEntity::isComplete)
			.map(UploadEntity::snapshot)
			.orElseThrow(() -> new UploadNotFoundException(id));
	}

}
