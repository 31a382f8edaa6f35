import { StrictMode, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { SIZES, record, submitted } from '../scenario.ts';

function App() {
  const [email, setEmail] = useState('');
  const [terms, setTerms] = useState(false);
  const [wifi, setWifi] = useState(true);
  const [size, setSize] = useState('m');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitted(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
  };
  return (
    <form onSubmit={onSubmit}>
      <lv-text-field
        name="email"
        label="Email"
        value={email}
        onInput={(e) => {
          record('email', e);
          setEmail(e.currentTarget.value);
        }}
        onChange={(e) => record('email', e)}
      ></lv-text-field>
      <lv-checkbox
        name="terms"
        value="yes"
        checked={terms}
        onInput={(e) => record('terms', e)}
        onChange={(e) => {
          record('terms', e);
          setTerms(e.currentTarget.checked);
        }}
      >
        I accept
      </lv-checkbox>
      <lv-switch
        name="wifi"
        checked={wifi}
        onInput={(e) => record('wifi', e)}
        onChange={(e) => {
          record('wifi', e);
          setWifi(e.currentTarget.checked);
        }}
      >
        Wi-Fi
      </lv-switch>
      <lv-select
        name="size"
        label="Size"
        value={size}
        onInput={(e) => record('size', e)}
        onChange={(e) => {
          record('size', e);
          setSize(e.currentTarget.value);
        }}
      >
        {SIZES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </lv-select>
      <lv-button type="submit" name="intent" value="save">
        Save
      </lv-button>
      <output id="state">{JSON.stringify({ email, terms, wifi, size })}</output>
    </form>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
